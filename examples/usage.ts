/**
 * Using german-news-ner from TypeScript.
 *   npm run build && npx tsx examples/usage.ts
 * In your own project: import { createExtractor } from 'german-news-ner';
 */
import { readFileSync } from 'node:fs';
import { createExtractor, type Entity } from '../dist/index.js';

// One extractor, reused: the built-in gazetteers are compiled once, on first use.
const ner = createExtractor({
  // Your own entries come on top of the built-in ones (same format as dictionaries/).
  entries: [{ id: 'org:kleingartenverein-sonnenschein', type: 'ORG', canonical: 'Kleingartenverein Sonnenschein', aliases: ['KGV Sonnenschein'] }],
});

const text = readFileSync(new URL('./news/kim-russland.txt', import.meta.url), 'utf8');
const entities: Entity[] = ner.extract(text, { explain: true });

for (const e of entities) {
  // text.slice(e.start, e.end) is always exactly e.text (UTF-16 offsets).
  const link = e.id ? ` → ${e.canonical} (${e.id})` : '';
  console.log(`${e.type.padEnd(4)} ${e.kind.padEnd(5)} ${e.text}${link}  [${e.source}, ${e.score}]`);
}

// Group the people mentioned by their gazetteer id: "Kim", "Kims" and "Kim Jong Un" are one person.
const people = new Map<string, string[]>();
for (const e of entities) if (e.type === 'PER' && e.id) people.set(e.id, [...(people.get(e.id) ?? []), e.text]);
console.log(people);

console.log(ner.extract('Der KGV Sonnenschein feiert sein Sommerfest.'));
