/** A self-contained HTML reference of the OpenAPI document (no CDN: the app may run offline). */

import { createHash } from 'node:crypto';
import { escapeHtml } from '../../services/escape-html';
import type { OpenApiRegistry } from '../openapi';

const docsStyle = `
body{font-family:system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1f2937}
h1{font-size:1.6rem}h2{border-bottom:2px solid #0f4c81;padding-bottom:.3rem;margin-top:2rem;color:#0f4c81}
.op{border:1px solid #e5e7eb;border-radius:8px;padding:.5rem 1rem;margin:.8rem 0}
.op h3{font-size:1rem;margin:.4rem 0}.m{display:inline-block;min-width:4.5rem;text-align:center;border-radius:4px;color:#fff;font-size:.8rem;padding:.1rem .3rem}
.get{background:#2563eb}.post{background:#16a34a}.put{background:#d97706}.patch{background:#9333ea}.delete{background:#dc2626}
pre{background:#f3f4f6;padding:.6rem;overflow:auto;font-size:.8rem}summary{cursor:pointer;color:#374151}
`;

/** The page's one inline style is allowed by its hash; nothing else runs or loads. */
export const apiDocsContentSecurityPolicy = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(docsStyle).digest('base64')}'`,
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function renderApiDocs(registry: OpenApiRegistry): string {
  const document = registry.document();
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods as Record<string, Record<string, unknown>>)) {
      const tag = (op.tags as string[])[0] ?? 'Lainnya';
      const requestContent = (op.requestBody as { content: Record<string, { schema: unknown }> } | undefined)
        ?.content;
      const body = requestContent
        ? Object.entries(requestContent).map(([type, c]) => ({ type, schema: c.schema }))[0]
        : undefined;
      const responses = op.responses as Record<
        string,
        { description: string; content?: Record<string, { schema: unknown }> }
      >;
      const html = `
        <section class="op">
          <h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code>
            ${op.security ? '<span class="lock" title="Perlu sesi">🔒</span>' : ''}</h3>
          <p>${escapeHtml(String(op.summary))}</p>
          ${body ? `<details><summary>Isi permintaan</summary><pre>${escapeHtml(JSON.stringify(body, null, 2))}</pre></details>` : ''}
          ${Object.entries(responses)
            .map(
              ([status, r]) =>
                `<details><summary>Respons ${status} — ${escapeHtml(r.description)}</summary>${
                  r.content
                    ? Object.entries(r.content)
                        .map(
                          ([type, c]) =>
                            `<pre>${escapeHtml(`${type}\n${JSON.stringify(c.schema, null, 2)}`)}</pre>`,
                        )
                        .join('')
                    : ''
                }</details>`,
            )
            .join('')}
        </section>`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  }
  const sections = [...byTag.entries()]
    .map(([tag, ops]) => `<h2 id="${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${ops.join('')}`)
    .join('');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(document.info.title)}</title>
<style>${docsStyle}</style></head><body><h1>${escapeHtml(document.info.title)}</h1><p>${escapeHtml(document.info.description)}</p>
<p><a href="/api/openapi.json">openapi.json</a></p>${sections}</body></html>`;
}
