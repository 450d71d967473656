import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(Buffer.from('Zürich,Ørsted', 'utf8'))).toBe('Zürich,Ørsted');
    expect(decodeText(Buffer.from('\uFEFFZürich', 'utf8'))).toBe('Zürich');
  });

  it('reads UTF-16 files that spreadsheet programs save as "Unicode text"', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich\tRole', 'utf16le')]);
    expect(decodeText(le)).toBe('Zürich\tRole');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(Buffer.from([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]))).toBe('Zürich');
  });
});
