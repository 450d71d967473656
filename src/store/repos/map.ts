// Small conversions between portable column types and domain values.

export const toBool = (v: number): boolean => v !== 0;
export const fromBool = (v: boolean): number => (v ? 1 : 0);

export function parseList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export const listJson = (v: readonly string[]): string => JSON.stringify(v);
