import { describe, expect, it } from 'vitest';
import { guessDelimiter, parseCsv } from './csv.js';
import { toCsv, unguardCell } from './csv-write.js';

const fields = (text: string): string[][] => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv', () => {
  it('splits plain fields on commas and records on line breaks', () => {
    expect(fields('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside a quoted field', () => {
    expect(fields('name,answer\n"Acme, Inc.","He said ""yes""\nthen left"\n')).toEqual([
      ['name', 'answer'],
      ['Acme, Inc.', 'He said "yes"\nthen left'],
    ]);
  });

  it('reads CRLF, LF and lone CR line ends alike', () => {
    expect(fields('a,b\r\n1,2\r3,4\n5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('drops a UTF-8 byte-order mark so the first header reads cleanly', () => {
    expect(fields('\uFEFFCompany Name,Job Title\nAcme,Engineer')[0]).toEqual(['Company Name', 'Job Title']);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fields('a,b,c\n,,\nx,,')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['x', '', ''],
    ]);
  });

  it('reads an empty quoted field as empty', () => {
    expect(fields('a,b\n"",x')).toEqual([
      ['a', 'b'],
      ['', 'x'],
    ]);
  });

  it('skips blank lines without counting them as records', () => {
    expect(fields('a,b\n\n1,2\n   \n3,4\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('numbers each record by the file line it starts on, counting line breaks inside quotes', () => {
    const { records } = parseCsv('h1,h2\r\n"one\r\ntwo\r\nthree",x\r\nnext,y\r\n\r\nlast,z\r\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5, 7]);
  });

  it('keeps non-ASCII text as it is', () => {
    expect(fields('Firma,Stelle\nZürich Versicherung,Développeuse\n株式会社メルカリ,エンジニア')).toEqual([
      ['Firma', 'Stelle'],
      ['Zürich Versicherung', 'Développeuse'],
      ['株式会社メルカリ', 'エンジニア'],
    ]);
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(fields('a,b\n5" screen,x')[1]).toEqual(['5" screen', 'x']);
  });

  it('ignores spaces around a quoted field', () => {
    expect(fields('a,b\n  "Acme, Inc."  , x')[1]).toEqual(['Acme, Inc.', ' x']);
  });

  it('reports a quote that never closes on the line it opens, and reads the lines after it', () => {
    const r = parseCsv('a,b\n1,2\n"open,3\n4,5\n');
    // The stray quote would swallow the rest of the file; only its own line is lost.
    expect(r.problems).toEqual([{ line: 3, message: expect.stringMatching(/closing quote is missing/) }]);
    expect(r.records.map((x) => x.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['4', '5'],
    ]);
  });

  it('reports text after a closing quote and carries on with the next line', () => {
    const r = parseCsv('a,b\n"Acme" Inc,2\n3,4\n');
    expect(r.problems).toEqual([{ line: 2, message: expect.stringMatching(/text after a closing quote/) }]);
    expect(r.records.map((x) => x.fields)).toEqual([
      ['a', 'b'],
      ['3', '4'],
    ]);
  });

  it('reports an unterminated quote on the last line without losing the rows before it', () => {
    const r = parseCsv('a,b\r\n1,2\r\n3,"never closed\r\n');
    expect(r.records).toHaveLength(2);
    expect(r.problems.map((p) => p.line)).toEqual([3]);
  });

  it('reads a file full of stray quotes as one broken record and says so', () => {
    const text = 'a,b\n' + '"x,y\n'.repeat(20_000);
    const r = parseCsv(text);
    expect(r.records).toHaveLength(1);
    expect(r.problems.length).toBeGreaterThan(0);
  });

  it('reads semicolon- and tab-separated files by looking at the first line', () => {
    expect(fields('Firma;Stelle\n"A; B";C')).toEqual([
      ['Firma', 'Stelle'],
      ['A; B', 'C'],
    ]);
    expect(fields('a\tb\n1\t\t\n')).toEqual([
      ['a', 'b'],
      ['1', '', ''],
    ]);
  });

  it('takes the separator that appears most on the first line, outside quotes', () => {
    expect(guessDelimiter('"a;b",c,d;e\n')).toBe(',');
    expect(guessDelimiter('a;b;c,d\n')).toBe(';');
    expect(guessDelimiter('only\n')).toBe(',');
  });
});

describe('toCsv', () => {
  it('writes CRLF lines and quotes only fields that need it', () => {
    expect(toCsv(['Company', 'Notes'], [['Acme, Inc.', 'said "hi"\nbye'], ['Plain', null], ['Numbers', 3]])).toBe(
      'Company,Notes\r\n"Acme, Inc.","said ""hi""\nbye"\r\nPlain,\r\nNumbers,3\r\n',
    );
  });

  it('guards cells a spreadsheet would run as a formula, and import takes the guard off', () => {
    const csv = toCsv(['Company'], [['=HYPERLINK("http://evil.example")'], ['@SUM(A1)'], ['-dash']]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const back = parseCsv(csv).records.slice(1).map((r) => unguardCell(r.fields[0] ?? ''));
    expect(back).toEqual(['=HYPERLINK("http://evil.example")', '@SUM(A1)', '-dash']);
  });

  it('reads back exactly what it wrote, whatever the text holds', () => {
    const rows = [['a,b', 'x"y', 'line\r\nbreak'], [' lead', 'trail ', 'Ørsted ✓'], ['', '""', ',']];
    const parsed = parseCsv(toCsv(['1', '2', '3'], rows));
    expect(parsed.problems).toEqual([]);
    expect(parsed.records.slice(1).map((r) => r.fields)).toEqual(rows);
  });
});
