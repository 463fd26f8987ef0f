import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED, hasShared } from './helpers.js';

const CLI = path.resolve(__dirname, '..', 'dist', 'cli.js');
function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI', () => {
  it('should print help documenting every command', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const word of ['extract', '--jsonl', '--format', 'eval', 'dictionaries --stats', '--explain', '--gazetteer']) expect(r.out).toContain(word);
  });

  it('should exit 2 on usage errors', () => {
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['extract', '--format', 'xml'], 'Berlin').code).toBe(2);
  });

  it('should print a readable table for stdin', () => {
    const r = run(['extract'], 'Wladimir Putin traf in Moskau Sergej Schoigu.');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/PER\s+name\s+Wladimir Putin/);
    expect(r.out).toMatch(/LOC\s+name\s+Moskau/);
  });

  it('should print JSON with --format json', () => {
    const text = 'Der Kreml in Moskau.';
    const es = JSON.parse(run(['extract', '--format', 'json'], text).out) as Array<{ start: number; end: number; text: string }>;
    expect(es.length).toBeGreaterThan(0);
    for (const e of es) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('should write one JSONL line per input line, in order, with errors for malformed lines', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Olaf Scholz reiste nach Paris.' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', text: 42 }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 7, text: 'Nordkoreas Machthaber Kim Jong Un.' }),
    ];
    const r = run(['extract', '--jsonl'], lines.join('\n') + '\n');
    expect(r.code).toBe(0);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; entities?: Array<{ text: string }>; error?: string });
    expect(out.map((o) => o.id)).toEqual(['a', 2, 'c', 4, 7]);
    expect(out[0]!.entities!.map((e) => e.text)).toEqual(['Olaf Scholz', 'Paris']);
    expect(out[1]!.error).toMatch(/not valid JSON/);
    expect(out[2]!.error).toMatch(/"text" to be a string/);
    expect(out[3]!.error).toMatch(/JSON object/);
    expect(out[4]!.entities!.map((e) => e.text)).toEqual(['Nordkoreas', 'Kim Jong Un']);
  });

  it('should load an extra gazetteer file and name file and line on errors', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnn-'));
    const good = path.join(dir, 'good.tsv');
    fs.writeFileSync(good, 'id\ttype\tcanonical\taliases\tcountry\tcategory\norg:sv-musterdorf\tORG\tSV Musterdorf 1921\tSV Musterdorf\tDE\tsports-club\n');
    expect(run(['extract', '--gazetteer', good], 'Der SV Musterdorf gewann.').out).toMatch(/ORG\s+name\s+SV Musterdorf/);
    const bad = path.join(dir, 'bad.tsv');
    fs.writeFileSync(bad, 'id\ttype\tcanonical\taliases\tcountry\tcategory\norg:x\tORGANISATION\tX\t\t\t\n');
    const r = run(['extract', '--gazetteer', bad], 'X');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${bad}:2`);
    expect(r.err).toMatch(/unknown entity type "ORGANISATION"/);
  });

  it('should print dictionary statistics per type and source', () => {
    const r = run(['dictionaries', '--stats', '--json']);
    const stats = JSON.parse(r.out) as { byType: Record<string, number>; bySource: Record<string, unknown> };
    for (const t of ['PER', 'LOC', 'ORG', 'MISC']) expect(stats.byType[t]).toBeGreaterThan(0);
    expect(Object.keys(stats.bySource).length).toBeGreaterThan(3);
  });

  it.skipIf(!hasShared)('should run the seed article through the CLI with valid spans', () => {
    const text = fs.readFileSync(path.join(SHARED, 'seed', 'kim-russland-2023-09.txt'), 'utf8');
    const r = run(['extract', '--jsonl'], JSON.stringify({ id: 'seed', text }) + '\n');
    const { entities } = JSON.parse(r.out) as { entities: Array<{ start: number; end: number; text: string }> };
    expect(entities.length).toBeGreaterThan(30);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
