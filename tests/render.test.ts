import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, renderHtml } from '../src/index.js';

describe('renderHtml', () => {
  it('should highlight entities with type, kind, canonical name and id', () => {
    const text = 'Putins Russland-Reise';
    const html = renderHtml(text, extract(text), { fragment: true });
    expect(html).toContain('<mark data-type="PER" data-kind="name" data-id="per:wladimir-putin" title="Wladimir Putin · per:wladimir-putin');
    expect(html).toContain('data-kind="part"');
    expect(html.replace(/<[^>]+>/g, '')).toBe(text);
  });

  it('should escape any input text and entity fields', () => {
    const text = '<script>alert(1)</script> "Berlin" & <img src=x onerror=alert(2)>';
    const html = renderHtml(text, extract(text), { title: '<b>x</b>' });
    expect(html).not.toMatch(/<script>|<img|<b>x/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<title>&lt;b&gt;x&lt;/b&gt;</title>');
    const evil = renderHtml('Berlin', [{ start: 0, end: 6, text: 'Berlin', type: 'LOC', kind: 'name', score: 1, source: 'gazetteer', canonical: '"><script>x</script>' }]);
    expect(evil).not.toContain('<script>x');
  });

  it('should ignore entities outside the text instead of breaking the page', () => {
    const html = renderHtml('kurz', [{ start: 2, end: 40, text: 'x', type: 'LOC', kind: 'name', score: 1, source: 'context' }], { fragment: true });
    expect(html).toBe('<div class="ner-text">kurz</div>');
  });

  it('should be produced by the CLI with --format html', () => {
    const cli = path.resolve(__dirname, '..', 'dist', 'cli.js');
    const r = spawnSync(process.execPath, [cli, 'extract', '--format', 'html'], { input: 'Olaf Scholz in Berlin <b>', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('data-type="PER"');
    expect(r.stdout).toContain('&lt;b&gt;');
  });
});
