// The few HTML pages the server writes itself (the API reference, the "build the web app" page):
// escaped text, one shared stylesheet, and no script at all, so the strict CSP holds.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Inline `code` spans in otherwise plain text (the only markup descriptions use). */
export const inlineCode = (s: string): string =>
  escapeHtml(s).replace(/`([^`]+)`/g, (_m, code: string) => `<code>${code}</code>`);

export const STYLESHEET_PATH = '/api/docs.css';

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
