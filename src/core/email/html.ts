// HTML → plain text for HTML-only mail, written without a DOM so src/core stays dependency-free.
// Quoted history (<blockquote>, Gmail/Outlook quote containers) is kept but prefixed with "> "
// so stripQuoted() can drop it like a plain-text reply.

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);
const SKIP_CONTENT_TAGS = new Set([
  'script',
  'style',
  'head',
  'title',
  'noscript',
  'template',
  'svg',
]);
const VOID_TAGS = new Set([
  'br',
  'hr',
  'img',
  'meta',
  'link',
  'input',
  'wbr',
  'col',
  'area',
  'base',
  'source',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  zwnj: '',
  zwj: '',
  shy: '',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  bdquo: '„',
  hellip: '…',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  times: '×',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  aacute: 'á',
  ccedil: 'ç',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  szlig: 'ß',
  ntilde: 'ñ',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  laquo: '«',
  raquo: '»',
};

/** Marks a line that opened inside quoted history, until the lines are assembled. */
const QUOTE_MARK = '\u0001';

const ENTITY_RE = /&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi;
const TAG_RE =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const QUOTE_CLASS_RE =
  /class\s*=\s*["'][^"']*\b(gmail_quote|yahoo_quoted|moz-cite-prefix|protonmail_quote)\b/i;
const OUTLOOK_REPLY_RE = /id\s*=\s*["'](divRplyFwdMsg|appendonsend)["']/i;
// Module constants rather than literals in the loops: a literal builds a new RegExp each time.
const SPACE_RUN_RE = /[\s\u00a0]+/g;
/**
 * True when SPACE_RUN_RE would change the text: some white space other than a lone " ". Tested
 * first because a global replace runs in the engine's slow runtime even when nothing matches.
 */
const FOLDABLE_SPACE_RE = /[^\S ]| {2}/;
const BLANK_RUN_RE = /[ \t]+/g;
const ALT_RE = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/** Decodes HTML character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_RE, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return '';
      if (code === 160) return ' ';
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[ref.toLowerCase()];
    return named ?? whole;
  });
}

/** Converts an HTML mail body to readable plain text: blocks become lines, links keep their text. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  let skipTag = '';
  let quoteDepth = 0;
  // Elements that opened a quote container, so the matching close tag can end it.
  const quoteStack: string[] = [];
  const openStack: { tag: string; quote: boolean }[] = [];
  let last = 0;
  TAG_RE.lastIndex = 0;
  let m: RegExpExecArray | null;

  const emitText = (raw: string): void => {
    if (skipDepth > 0 || raw.length === 0) return;
    const folded = FOLDABLE_SPACE_RE.test(raw) ? raw.replace(SPACE_RUN_RE, ' ') : raw;
    const text = decodeEntities(folded);
    if (text.length > 0) out.push(text);
  };
  const newline = (): void => {
    if (skipDepth > 0) return;
    out.push(quoteDepth > 0 ? `\n${QUOTE_MARK}` : '\n');
  };

  while ((m = TAG_RE.exec(html)) !== null) {
    emitText(html.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[1]?.toLowerCase();
    if (name === undefined) continue; // comment, doctype, CDATA
    const closing = m[0][1] === '/';
    const attrs = m[2] ?? '';
    if (skipDepth > 0) {
      if (name === skipTag) skipDepth += closing ? -1 : m[0].endsWith('/>') ? 0 : 1;
      continue;
    }
    if (SKIP_CONTENT_TAGS.has(name)) {
      if (!closing && !m[0].endsWith('/>')) {
        skipDepth = 1;
        skipTag = name;
      }
      continue;
    }
    if (name === 'br') {
      newline();
      continue;
    }
    if (closing) {
      // Close the nearest matching open element, ending a quote container it started.
      for (let i = openStack.length - 1; i >= 0; i--) {
        const entry = openStack[i];
        if (entry !== undefined && entry.tag === name) {
          for (let j = openStack.length - 1; j >= i; j--) {
            if (openStack[j]?.quote === true) {
              quoteDepth = Math.max(0, quoteDepth - 1);
              quoteStack.pop();
            }
          }
          openStack.length = i;
          break;
        }
      }
      if (BLOCK_TAGS.has(name)) newline();
      else if (name === 'td' || name === 'th') out.push(' ');
      continue;
    }
    const startsQuote =
      name === 'blockquote' ||
      (name === 'div' && (QUOTE_CLASS_RE.test(attrs) || OUTLOOK_REPLY_RE.test(attrs)));
    if (BLOCK_TAGS.has(name)) newline();
    if (startsQuote) {
      quoteDepth++;
      quoteStack.push(name);
      newline();
    }
    if (!VOID_TAGS.has(name) && !m[0].endsWith('/>'))
      openStack.push({ tag: name, quote: startsQuote });
    if (name === 'li') out.push('- ');
    else if (name === 'td' || name === 'th') out.push(' ');
    else if (name === 'img') {
      const alt = ALT_RE.exec(attrs);
      const altText = alt?.[1] ?? alt?.[2] ?? '';
      if (altText.trim().length > 0) emitText(` ${altText} `);
    }
  }
  emitText(html.slice(last));

  const lines = out.join('').split('\n');
  const cleaned: string[] = [];
  for (const rawLine of lines) {
    const quoted = rawLine.startsWith(QUOTE_MARK);
    const unmarked =
      quoted || rawLine.includes(QUOTE_MARK) ? rawLine.split(QUOTE_MARK).join('') : rawLine;
    const blanks = unmarked.includes('\t') || unmarked.includes('  ');
    const line = (blanks ? unmarked.replace(BLANK_RUN_RE, ' ') : unmarked).trim();
    if (line.length === 0) {
      if (cleaned.length > 0 && cleaned[cleaned.length - 1] !== '') cleaned.push('');
      continue;
    }
    cleaned.push(quoted ? `> ${line}` : line);
  }
  while (cleaned.length > 0 && cleaned[cleaned.length - 1] === '') cleaned.pop();
  return cleaned.join('\n');
}
