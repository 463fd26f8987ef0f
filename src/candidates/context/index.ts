import type { DocView, Mention } from '../types.js';
import { findPersonMentions, findWordOrderPersons } from './person-rules.js';
import { findAcronymMentions, findOrganisationMentions, findPlaceNamedOrgs } from './org-rules.js';
import { findComposedPlaces, findPlaceMentions } from './place-rules.js';
import { findAbbreviationMentions } from './abbreviation-rules.js';
import { triggerBits } from './triggers.js';
import { findTitleMentions } from './title-rules.js';

/** All context rules for names no gazetteer lists; each mention says which rule fired. */
export function findContextMentions(view: DocView): Mention[] {
  const bits = triggerBits(view);
  // concat keeps the rules' order, without spreading each list through an iterator.
  return findPersonMentions(view, bits).concat(
    findWordOrderPersons(view, bits),
    findOrganisationMentions(view, bits),
    findPlaceMentions(view, bits),
    findComposedPlaces(view, bits),
    findAbbreviationMentions(view, bits),
    findTitleMentions(view, bits),
    findAcronymMentions(view, bits),
    findPlaceNamedOrgs(view, bits),
  );
}
