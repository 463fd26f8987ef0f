import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;

/** The shared wink-nlp instance, created on first use with an empty pipeline
 *  (the English POS/NER stages are noise on German text and cost speed). */
export function getWink(): Wink {
  if (!nlp) nlp = winkNLP(model, []);
  return nlp;
}

/** wink-nlp's raw token values and types for `text`. */
export function winkTokens(text: string): { values: string[]; types: string[] } {
  const w = getWink();
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  return { values: tokens.out() as string[], types: tokens.out(w.its.type) as unknown as string[] };
}
