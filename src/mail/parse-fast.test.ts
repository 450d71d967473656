import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateMessage, generateMessages } from '../../test/support/mailgen.js';
import { parseEmail } from './parse.js';
import { parseEmailFast } from './parse-fast.js';

const crlf = (s: string): Buffer => Buffer.from(s.replace(/\r?\n/g, '\r\n'), 'utf8');

describe('parseEmailFast', () => {
  it('agrees with mailparser on ids, subject, date, html and plain text across generated mail', async () => {
    for (const m of generateMessages({ seed: 21, count: 150 })) {
      const slow = await parseEmail(m.raw);
      const fast = parseEmailFast(m.raw);
      expect(fast.error).toBeUndefined();
      expect(fast.messageId).toBe(slow.messageId);
      expect(fast.inReplyTo).toBe(slow.inReplyTo);
      expect(fast.references).toEqual(slow.references);
      expect(fast.subject).toBe(slow.subject);
      expect(fast.date).toBe(slow.date);
      expect((fast.html ?? '').trim()).toBe((slow.html ?? '').trim());
      if (m.meta.shape !== 'html') expect(fast.text).toBe(slow.text);
      expect(fast.from).toContain(m.meta.fromAddress);
      expect(fast.from).toContain(m.meta.fromName);
    }
  });

  it('returns the body text as written, whatever the charset and transfer encoding', () => {
    for (const m of generateMessages({ seed: 22, count: 120 })) {
      const fast = parseEmailFast(m.raw);
      if (m.meta.shape === 'html') expect(fast.text.length).toBeGreaterThan(0);
      else expect(fast.text).toBe(m.meta.text.trim());
      expect(fast.subject).toBe(m.meta.subject);
    }
  });

  it('turns an HTML-only body into text and keeps the HTML', () => {
    const raw = crlf(
      'From: a@example.com\nSubject: hi\nContent-Type: text/html; charset=utf-8\n\n<html><head><style>p{}</style></head><body><p>Thank you for applying.</p><p>We will not move forward.</p></body></html>\n',
    );
    const p = parseEmailFast(raw);
    expect(p.html).toContain('<p>Thank you');
    expect(p.text).toContain('Thank you for applying.');
    expect(p.text).toContain('We will not move forward.');
    expect(p.text).not.toContain('<p>');
    expect(p.text).not.toContain('p{}');
  });

  it('decodes RFC 2047 words, including a multi-byte character split across two words', () => {
    const raw = crlf(
      'From: =?UTF-8?Q?Jos=C3=A9_Garc=C3=ADa?= <jose@example.com>\nTo: =?ISO-8859-1?Q?Andr=E9?= <andre@example.com>\n' +
        'Subject: =?UTF-8?B?w6k=?= =?UTF-8?B?4pw=?= =?UTF-8?B?kw==?= done\nDate: Tue, 1 Jul 2025 10:00:00 +0200 (CEST)\n\nbody\n',
    );
    const p = parseEmailFast(raw);
    expect(p.from).toBe('José García <jose@example.com>');
    expect(p.to).toBe('André <andre@example.com>');
    expect(p.subject).toBe('é✓ done');
    expect(p.date).toBe('2025-07-01T08:00:00.000Z');
  });

  it('reads latin-1 quoted-printable, base64 text and RFC 2231 charset parameters', () => {
    const qp = Buffer.concat([
      Buffer.from(
        'From: a@b.c\r\nSubject: x\r\nContent-Type: text/plain; charset="iso-8859-1"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nCaf=E9 cr=\r\n=E8me\r\n',
      ),
    ]);
    expect(parseEmailFast(qp).text).toBe('Café crème');
    const b64 = crlf(
      `From: a@b.c\nSubject: x\nContent-Type: text/plain; charset*=utf-8''\nContent-Transfer-Encoding: base64\n\n${Buffer.from('Grüße aus Köln').toString('base64')}\n`,
    );
    expect(parseEmailFast(b64).text).toBe('Grüße aus Köln');
    const koi8 = Buffer.concat([
      Buffer.from('From: a@b.c\r\nSubject: x\r\nContent-Type: text/plain; charset=koi8-r\r\n\r\n'),
      Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]),
      Buffer.from('\r\n'),
    ]);
    expect(parseEmailFast(koi8).text).toBe('Привет');
    const unknown = crlf(
      'From: a@b.c\nSubject: x\nContent-Type: text/plain; charset=x-made-up\n\nplain words\n',
    );
    expect(parseEmailFast(unknown).text).toBe('plain words');
  });

  it('joins format=flowed lines', () => {
    const raw = crlf(
      'From: a@b.c\nSubject: x\nContent-Type: text/plain; charset=utf-8; format=flowed\n\nThis is a long \nparagraph that was \nwrapped.\n\nNew paragraph.\n',
    );
    expect(parseEmailFast(raw).text).toBe(
      'This is a long paragraph that was wrapped.\n\nNew paragraph.',
    );
  });

  it('takes text from nested multiparts and skips attachments, even text ones', () => {
    const raw = crlf(
      [
        'From: a@b.c',
        'Subject: nested',
        'Content-Type: multipart/mixed; boundary="outer"',
        '',
        'preamble',
        '--outer',
        'Content-Type: text/plain; name="notes.txt"',
        'Content-Disposition: attachment; filename="notes.txt"',
        '',
        'NOT THE BODY',
        '--outer',
        'Content-Type: multipart/alternative; boundary=inner',
        '',
        '--inner',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'The real body.',
        '--inner',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>The real body.</p>',
        '--inner--',
        '--outer',
        'Content-Type: application/pdf',
        'Content-Transfer-Encoding: base64',
        '',
        'JVBERi0xLjcK',
        '--outer--',
        'epilogue',
      ].join('\n'),
    );
    const p = parseEmailFast(raw);
    expect(p.text).toBe('The real body.');
    expect(p.html).toBe('<p>The real body.</p>');
  });

  it('reads a message cut off inside a multipart (no closing boundary)', () => {
    const m = generateMessage(23, 1, { sizeMix: { small: 0, medium: 0, large: 1 } });
    const cut = m.raw.subarray(0, Math.floor(m.raw.length * 0.6));
    const p = parseEmailFast(cut);
    expect(p.error).toBeUndefined();
    expect(p.messageId).toBe(m.meta.messageId);
    expect(p.text).toBe(m.meta.text.trim());
  });

  it('skips a leading mbox postmark line and a byte-order mark, as parseEmail does', async () => {
    const m = generateMessage(24, 0);
    const postmark = Buffer.from('From someone@example.com Mon Jan  6 08:00:00 2025\n');
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    for (const raw of [Buffer.concat([postmark, m.raw]), Buffer.concat([bom, m.raw])]) {
      expect(parseEmailFast(raw).messageId).toBe(m.meta.messageId);
      expect(parseEmailFast(raw).from).toContain(m.meta.fromAddress);
      expect((await parseEmail(raw)).messageId).toBe(m.meta.messageId);
    }
  });

  it('reports empty and binary input in `error` instead of throwing', () => {
    expect(parseEmailFast(Buffer.alloc(0)).error?.code).toBe('empty_email');
    expect(parseEmailFast(Buffer.from(' \r\n\t\n')).error?.code).toBe('empty_email');
    expect(parseEmailFast(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])).error?.code).toBe(
      'binary_email',
    );
  });

  it('reads pasted text the way parseEmail does', async () => {
    const pasted = Buffer.from(
      '---------- Forwarded message ---------\nFrom: Jane Recruiter <jane@acme.com>\nDate: Mon, 3 Feb 2025 09:00\nSubject: Your application\n\nHi, thanks for applying. Unfortunately we went another way.\n',
    );
    const { error, ...fast } = parseEmailFast(pasted);
    expect(error).toBeUndefined();
    expect(fast).toEqual(await parseEmail(pasted));
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const p = parseEmailFast(Buffer.from(bytes));
        expect(typeof p.text).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on generated mail that is truncated or has bytes flipped', () => {
    const base = [...generateMessages({ seed: 25, count: 20 })].map((m) => m.raw);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: base.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })),
          { maxLength: 30 },
        ),
        (which, cutAt, flips) => {
          const src = base[which]!;
          const raw = Buffer.from(src.subarray(0, Math.floor(src.length * cutAt)));
          for (const [where, byte] of flips)
            if (raw.length > 0) raw[Math.floor(where * raw.length) % raw.length] = byte;
          const p = parseEmailFast(raw);
          expect(Array.isArray(p.references)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('survives hostile structure: deep nesting, empty boundaries, huge header lines', () => {
    let nested =
      'From: a@b.c\r\nSubject: deep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n';
    for (let i = 1; i < 200; i++)
      nested += `--b${i - 1}\r\nContent-Type: multipart/mixed; boundary=b${i}\r\n\r\n`;
    expect(() => parseEmailFast(Buffer.from(nested))).not.toThrow();
    const emptyBoundary = Buffer.from(
      'From: a@b.c\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=""\r\n\r\n--\r\n\r\nhi\r\n',
    );
    expect(parseEmailFast(emptyBoundary).error).toBeUndefined();
    const longHeader = Buffer.from(
      `From: a@b.c\r\nSubject: ${'x'.repeat(200_000)}\r\n\r\nbody\r\n`,
    );
    expect(parseEmailFast(longHeader).text).toBe('body');
  });
});
