// The API describing itself: the OpenAPI document, a readable reference page and its stylesheet.
// Built once, from the same route list the server registers.
import { z } from 'zod';
import { buildOpenApiDocument, type OpenApiDocument } from '../openapi/document.js';
import { renderDocsPage } from '../openapi/docs-page.js';
import { STYLESHEET_PATH } from '../pages/html.js';
import { PAGE_CSS } from '../pages/style.js';
import { route, type AnyRoute } from '../route.js';

const TAG = 'Reference';

/** `all` is called lazily: the list it returns includes these routes too. */
export function referenceRoutes(all: () => readonly AnyRoute[]): AnyRoute[] {
  let doc: OpenApiDocument | null = null;
  let html: string | null = null;
  const document = (): OpenApiDocument => (doc ??= buildOpenApiDocument(all()));
  return [
    route({
      method: 'get',
      path: '/api/openapi.json',
      tag: TAG,
      summary: 'This API as an OpenAPI 3.1 document',
      response: z.record(z.string(), z.unknown()),
      handle: () => Promise.resolve(document()),
    }),
    route({
      method: 'get',
      path: '/api/docs',
      tag: TAG,
      summary: 'A readable reference of this API',
      response: { contentType: 'text/html', description: 'An HTML page generated from the OpenAPI document.' },
      handle: () => {
        html ??= renderDocsPage(document());
        return Promise.resolve(new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
      },
    }),
    route({
      method: 'get',
      path: STYLESHEET_PATH,
      tag: TAG,
      summary: "The reference page's stylesheet",
      response: { contentType: 'text/css', description: 'CSS.' },
      handle: () =>
        Promise.resolve(new Response(PAGE_CSS, { headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } })),
    }),
  ];
}
