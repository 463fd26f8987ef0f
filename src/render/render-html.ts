import type { Entity } from '../types.js';

export interface RenderHtmlOptions {
  /** Page title (escaped). */
  title?: string;
  /** Only the highlighted fragment, without <html> page around it (default false). */
  fragment?: boolean;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

const COLORS: Record<string, string> = { PER: '#f7c6c7', LOC: '#c6e2f7', ORG: '#d4f0c0', MISC: '#f3e1b5' };

const STYLE = `body{font:16px/1.7 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}
mark{padding:.05em .25em;border-radius:.3em;box-decoration-break:clone}
mark[data-kind=deriv]{border-bottom:2px dotted #555}mark[data-kind=part]{border-bottom:2px dashed #555}
mark::after{content:attr(data-type);font-size:.6em;font-weight:700;margin-left:.3em;vertical-align:middle;opacity:.7}
${Object.entries(COLORS).map(([t, c]) => `mark[data-type=${t}]{background:${c}}`).join('')}
.ner-text{white-space:pre-wrap}`;

/**
 * Highlights entities in `text` as self-contained, escaped HTML (displaCy
 * style): colour by type, underline by kind, canonical name and id on hover.
 * Overlapping entities (nested mode) are skipped after the first.
 */
export function renderHtml(text: string, entities: Entity[], options: RenderHtmlOptions = {}): string {
  let html = '';
  let at = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (e.start < at || e.end > text.length || e.start >= e.end) continue;
    html += escapeHtml(text.slice(at, e.start));
    const tip = [e.canonical, e.id, `${e.type}/${e.kind}`, e.source, e.score.toFixed(2)].filter(Boolean).join(' · ');
    html += `<mark data-type="${escapeHtml(e.type)}" data-kind="${escapeHtml(e.kind)}"${e.id ? ` data-id="${escapeHtml(e.id)}"` : ''} title="${escapeHtml(tip)}">${escapeHtml(text.slice(e.start, e.end))}</mark>`;
    at = e.end;
  }
  html += escapeHtml(text.slice(at));
  const body = `<div class="ner-text">${html}</div>`;
  if (options.fragment) return body;
  const title = escapeHtml(options.title ?? 'german-news-ner');
  return `<!doctype html>\n<html lang="de"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body><h1>${title}</h1>${body}</body></html>\n`;
}
