import type { DocView, Mention } from '../types.js';
import { findPersonMentions } from './person-rules.js';
import { findOrganisationMentions } from './org-rules.js';
import { findPlaceMentions } from './place-rules.js';
import { findAbbreviationMentions } from './abbreviation-rules.js';

/** All context rules for names no gazetteer lists; each mention says which rule fired. */
export function findContextMentions(view: DocView): Mention[] {
  return [
    ...findPersonMentions(view),
    ...findOrganisationMentions(view),
    ...findPlaceMentions(view),
    ...findAbbreviationMentions(view),
  ];
}
