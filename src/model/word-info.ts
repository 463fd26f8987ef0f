import type { Model, WordInfo } from './types.js';
import { fold } from './fold.js';

/** Genitive endings German adds to names: Putins, des Bundestages, Scholz'. */
const GENITIVE: Array<[string, number]> = [["'", 1], ['’', 1], ['es', 2], ['s', 1]];
const NONE: string[] = [];

/** What the model knows about a written form; cached per model, so the hot
 *  path pays one small-map read per word instead of several big-map reads. */
export function wordInfo(model: Model, word: string): WordInfo {
  return model.memo.words.get(word, (w) => {
    const f = fold(w);
    let stems = NONE;
    if (f.length >= 4) {
      for (const [end, cut] of GENITIVE) {
        if (!f.endsWith(end)) continue;
        if (stems === NONE) stems = [];
        stems.push(f.slice(0, -cut));
      }
    }
    return { f, hits: model.names.get(f), follow: model.follow.get(f), stems, derivation: model.derivations.get(f), triggers: -1, nameLike: undefined };
  });
}
