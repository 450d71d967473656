// When two applications are the same one: the same company, role and application day, written
// a little differently ("Acme, Inc." and "ACME Inc", extra spaces). Re-importing a file, or a
// file that overlaps one already imported, then adds nothing twice.

// Trailing legal forms say nothing about which company it is.
const LEGAL_FORMS = new Set(['inc', 'incorporated', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'bv', 'nv', 'srl', 'pty', 'oy', 'ab', 'as', 'kk']);

function words(s: string): string[] {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

export function normaliseCompany(company: string): string {
  const w = words(company);
  while (w.length > 1 && LEGAL_FORMS.has(w[w.length - 1] ?? '')) w.pop();
  return w.join(' ');
}

export function normaliseRole(role: string): string {
  return words(role).join(' ');
}

/** Equal keys mean the same application. */
export function dedupeKey(company: string, role: string, appliedOn: string | null): string {
  return [normaliseCompany(company), normaliseRole(role), appliedOn ?? ''].join('\u0000');
}
