// Turning a file's bytes into text. Exports are UTF-8 (with or without a byte-order mark), but
// spreadsheet programs also save UTF-16 ("Unicode text") and, on older Windows, Windows-1252.

const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF16LE_BOM)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, UTF16BE_BOM)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: the one other encoding spreadsheets still write.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
