// Reads the built-in gazetteer sources (dictionaries/**/*.tsv, format in
// dictionaries/FORMAT.md) so that the peers get exactly the same names.
import fs from 'node:fs';
import path from 'node:path';

const ENTITY_DIRS = ['persons', 'organisations', 'places', 'misc'];
/** Bulk imports; everything else is hand-curated. */
const BULK = new Set(['places/geonames-dach.tsv', 'places/geonames-world.tsv']);

/** @returns {{ entries: Array<{id,type,canonical,aliases,file,curated}>, files: Record<string, number> }} */
export function readGazetteer(root) {
  const entries = [];
  const files = {};
  const byId = new Map();
  for (const dir of ENTITY_DIRS) {
    const abs = path.join(root, 'dictionaries', dir);
    if (!fs.existsSync(abs)) continue;
    for (const name of fs.readdirSync(abs).filter((f) => f.endsWith('.tsv')).sort()) {
      const file = `${dir}/${name}`;
      const lines = fs.readFileSync(path.join(abs, name), 'utf8').split(/\r?\n/);
      let n = 0;
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i];
        if (!line.trim() || line.startsWith('#')) continue;
        const [id, type, canonical, aliases = ''] = line.split('\t');
        if (!id || !type || !canonical) continue;
        const e = { id, type, canonical, aliases: aliases.split('|').map((a) => a.trim()).filter(Boolean), file, curated: !BULK.has(file) };
        const prev = byId.get(id);
        if (prev) { // same id in two files: merge aliases (as the library does)
          for (const a of [e.canonical, ...e.aliases]) if (a !== prev.canonical && !prev.aliases.includes(a)) prev.aliases.push(a);
          continue;
        }
        byId.set(id, e);
        entries.push(e);
        n++;
      }
      files[file] = n;
    }
  }
  return { entries, files };
}

/** Names (canonical + aliases) of an entry, de-duplicated. */
export function namesOf(e) {
  return [...new Set([e.canonical, ...e.aliases])];
}

/** The `limit` most important entries: curated PER/ORG/MISC first, then curated
 *  places, then bulk places (in file order). Deterministic. */
export function capGazetteer(entries, limit) {
  const rank = (e) => (e.curated && e.type !== 'LOC' ? 0 : e.curated ? 1 : 2);
  return entries.map((e, i) => [e, i]).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).slice(0, limit).map(([e]) => e);
}
