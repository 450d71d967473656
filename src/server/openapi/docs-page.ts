// GET /api/docs: a readable reference written from the OpenAPI document itself, so it is never
// out of date. Plain HTML and the shared stylesheet; no script, no external assets.
import { STATUS_BY_CODE } from '../errors.js';
import { escapeHtml, inlineCode, page } from '../pages/html.js';
import type { OpenApiDocument, Operation } from './document.js';

type JsonSchema = Record<string, unknown>;

const asSchema = (v: unknown): JsonSchema => (v && typeof v === 'object' ? (v as JsonSchema) : {});
const refName = (ref: string): string => ref.replace(/^#\/components\/schemas\//, '');

/** A one-line type: `string | null`, `Application[]`, `"done" | "skip"`. */
function typeLabel(s: JsonSchema): string {
  if (typeof s.$ref === 'string') {
    const name = refName(s.$ref);
    return `<a href="#model-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
  }
  if (Array.isArray(s.enum)) return s.enum.map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(' | ');
  if ('const' in s) return `<code>${escapeHtml(JSON.stringify(s.const))}</code>`;
  const variants = Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : null;
  if (variants) return variants.map((v) => typeLabel(asSchema(v))).join(' | ');
  if (Array.isArray(s.type)) return s.type.map((t) => escapeHtml(String(t))).join(' | ');
  if (s.type === 'array') return `${typeLabel(asSchema(s.items))}[]`;
  if (s.type === 'object') return 'object';
  if (typeof s.type === 'string') return escapeHtml(typeof s.format === 'string' ? `${s.type} (${s.format})` : s.type);
  return 'any';
}

function notes(s: JsonSchema): string {
  const parts: string[] = [];
  if (typeof s.description === 'string') parts.push(inlineCode(s.description));
  if (s.default !== undefined) parts.push(`Default <code>${escapeHtml(JSON.stringify(s.default))}</code>.`);
  if (typeof s.minimum === 'number' && typeof s.maximum === 'number' && s.maximum < 1e9) parts.push(`${s.minimum} to ${s.maximum}.`);
  if (typeof s.maxLength === 'number') parts.push(`At most ${s.maxLength} characters.`);
  return parts.join(' ');
}

/** An object's properties as a definition list; nested inline objects are shown one level down. */
function properties(s: JsonSchema, depth = 0): string {
  const props = asSchema(s.properties);
  const required = new Set(Array.isArray(s.required) ? s.required.map(String) : []);
  const rows = Object.entries(props).map(([name, raw]) => {
    const p = asSchema(raw);
    const nested = p.type === 'object' && p.properties && depth < 2 ? properties(p, depth + 1) : '';
    const itemObject = p.type === 'array' && asSchema(p.items).type === 'object' && depth < 2 ? properties(asSchema(p.items), depth + 1) : '';
    return `<dt>${escapeHtml(name)}${required.has(name) ? '' : '?'}: ${typeLabel(p)}</dt><dd>${notes(p)}${nested}${itemObject}</dd>`;
  });
  return rows.length ? `<dl class="schema">${rows.join('')}</dl>` : '';
}

function schemaBlock(s: JsonSchema): string {
  if (s.type === 'object') return properties(s);
  if (s.type === 'array' && asSchema(s.items).type === 'object') return `<p>An array of:</p>${properties(asSchema(s.items))}`;
  return `<p>${typeLabel(s)}</p>`;
}

function operationHtml(method: string, path: string, op: Operation): string {
  const params = op.parameters ?? [];
  const paramRows = params
    .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${typeLabel(p.schema)}</td><td>${p.description ? inlineCode(p.description) : ''}</td></tr>`)
    .join('');
  const body = op.requestBody?.content['application/json']?.schema;
  const responses = Object.entries(op.responses)
    .map(([status, r]) => {
      const [type, media] = Object.entries(r.content ?? {})[0] ?? [];
      const shape = media ? (type === 'application/json' ? typeLabel(media.schema) : escapeHtml(type ?? '')) : '';
      return `<tr><td>${escapeHtml(status)}</td><td>${shape}</td><td>${inlineCode(r.description)}</td></tr>`;
    })
    .join('');
  return `<section class="op" id="op-${escapeHtml(op.operationId)}">
<h3><span class="method">${escapeHtml(method)}</span> <span class="path">${escapeHtml(path)}</span></h3>
<p>${escapeHtml(op.summary)}${op.description ? `. ${inlineCode(op.description)}` : ''}</p>
${paramRows ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>Notes</th></tr></thead><tbody>${paramRows}</tbody></table>` : ''}
${body ? `<p><strong>Body</strong> (JSON): ${typeLabel(body)}</p>${body.$ref ? '' : schemaBlock(body)}` : ''}
<table><thead><tr><th>Status</th><th>Answer</th><th>When</th></tr></thead><tbody>${responses}</tbody></table>
</section>`;
}

export function renderDocsPage(doc: OpenApiDocument): string {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const nav = doc.tags
    .map((t) => {
      const items = ops
        .filter((o) => o.op.tags.includes(t.name))
        .map((o) => `<li><a href="#op-${escapeHtml(o.op.operationId)}"><span class="method">${escapeHtml(o.method)}</span> ${escapeHtml(o.path)}</a></li>`)
        .join('');
      return `<h3>${escapeHtml(t.name)}</h3><ul>${items}</ul>`;
    })
    .join('');
  const sections = doc.tags
    .map((t) => {
      const body = ops
        .filter((o) => o.op.tags.includes(t.name))
        .map((o) => operationHtml(o.method, o.path, o.op))
        .join('\n');
      return `<h2 id="tag-${escapeHtml(t.name.replace(/\W+/g, '-'))}">${escapeHtml(t.name)}</h2>\n${body}`;
    })
    .join('\n');
  const errorRows = Object.entries(STATUS_BY_CODE)
    .sort(([, a], [, b]) => a - b)
    .map(([code, status]) => `<tr><td><code>${code}</code></td><td>${status}</td></tr>`)
    .join('');
  const modelsHtml = Object.entries(doc.components.schemas)
    .map(([name, s]) => `<section class="op" id="model-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3>${typeof s.description === 'string' ? `<p>${inlineCode(s.description)}</p>` : ''}${schemaBlock(s)}</section>`)
    .join('\n');
  const intro = doc.info.description
    .split(/\n\n+/)
    .map((para) => `<p>${inlineCode(para)}</p>`)
    .join('\n');
  return page(
    `${doc.info.title} reference`,
    `<h1>${escapeHtml(doc.info.title)}</h1>
<p class="lead">Everything the web app can do, for your own scripts. The machine-readable version is <a href="/api/openapi.json">/api/openapi.json</a>.</p>
${intro}
<h2>Errors</h2>
<table><thead><tr><th>Code</th><th>Status</th></tr></thead><tbody>${errorRows}</tbody></table>
<h2>Endpoints</h2>
<nav aria-label="Endpoints">${nav}</nav>
${sections}
<h2 id="models">Models</h2>
${modelsHtml}`,
  );
}
