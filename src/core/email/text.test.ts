// HTML conversion, quoted-history stripping and normalisation, on hand-written snippets.
import { describe, expect, it } from 'vitest';
import { htmlToText, splitQuoted, stripQuoted } from './index.js';
import { cleanSubject, decidingText } from './quoted.js';
import { LEXICON, normalizeText, scanTokens, tokenize } from './text.js';

describe('htmlToText', () => {
  it('turns blocks into lines, decodes entities and drops scripts and styles', () => {
    const text = htmlToText(
      '<html><head><style>p{color:red}</style><title>x</title></head><body><p>Hi&nbsp;Casey,</p><div>Thanks &amp; regards &#8212; the <b>Pell</b> team</div><script>var a = 1;</script><ul><li>one</li><li>two</li></ul><img alt="Pell logo" src="x.png"></body></html>',
    );
    const lines = text.split('\n').filter((l) => l !== '');
    expect(lines).toEqual([
      'Hi Casey,',
      'Thanks & regards — the Pell team',
      '- one',
      '- two',
      'Pell logo',
    ]);
  });

  it('marks quoted HTML history so that stripQuoted removes it', () => {
    const html =
      '<div>Sounds good, see you Tuesday!</div><div class="gmail_quote"><div>On Mon, Jun 2, 2025 Rina wrote:</div><blockquote>Unfortunately we will not be moving forward.</blockquote></div>';
    const text = htmlToText(html);
    expect(text).toContain('> Unfortunately');
    expect(stripQuoted(text)).toBe('Sounds good, see you Tuesday!');
  });

  it('keeps line breaks from <br> and table cells apart', () => {
    expect(
      htmlToText('a<br>b<table><tr><td>c</td><td>d</td></tr></table>')
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual(['a', 'b', 'c d']);
  });
});

describe('stripQuoted', () => {
  it('cuts at an "On … wrote:" line, even when it wraps', () => {
    const body =
      'Thanks, talk soon.\n\nOn Tue, 4 Mar 2025 at 09:12, Dana Lee\n<dana@example.com> wrote:\n> We regret to inform you…';
    expect(stripQuoted(body)).toBe('Thanks, talk soon.');
  });

  it('cuts at Outlook header blocks and "Original Message" separators', () => {
    expect(
      stripQuoted(
        'New text\n\nFrom: A <a@x.com>\nSent: Monday\nTo: B\nSubject: Re: hi\n\nold text',
      ),
    ).toBe('New text');
    expect(stripQuoted('New text\n-----Original Message-----\nold')).toBe('New text');
    expect(
      stripQuoted('New text\n________________________________\nFrom: A\nSent: Monday\nTo: B\nold'),
    ).toBe('New text');
  });

  it('leaves an unquoted message alone and reports the kind of quote found', () => {
    expect(stripQuoted('Just one message.\nWith two lines.')).toBe(
      'Just one message.\nWith two lines.',
    );
    expect(splitQuoted('Hi\n---------- Forwarded message ---------\nFrom: x').kind).toBe('forward');
    expect(splitQuoted('Hi\n> quoted\n> more').kind).toBe('reply');
  });

  it('uses the forwarded message when the forwarding note is only a few words', () => {
    const d = decidingText(
      'fyi\n\nBegin forwarded message:\n\nFrom: Acme <jobs@acme.com>\nSubject: Update\nDate: today\n\nWe have filled the role.',
    );
    expect(d.usedForwarded).toBe(true);
    expect(d.text).toBe('We have filled the role.');
    const long = decidingText(
      'Hey, thought you might find this useful since you were asking about the hiring process there last week.\n\n---------- Forwarded message ---------\nFrom: x\n\nWe have filled the role.',
    );
    expect(long.usedForwarded).toBe(false);
  });
});

describe('cleanSubject', () => {
  it('strips stacked reply and forward prefixes and says which it saw', () => {
    expect(cleanSubject('RE: Fwd: AW: Interview')).toEqual({
      subject: 'Interview',
      reply: true,
      forward: true,
    });
    expect(cleanSubject('Your application')).toEqual({
      subject: 'Your application',
      reply: false,
      forward: false,
    });
  });
});

describe('normalizeText', () => {
  it('folds quotes, expands contractions, masks links, addresses and the greeted name', () => {
    const n = normalizeText(
      'Hi Casey,\nWe won’t be moving forward. We’ve shared https://careers.acme.com/x with jo@acme.com',
    );
    expect(n).toBe(
      'hi zname,\nwe will not be moving forward. we have shared zurlz acme with zemailz ',
    );
    expect(tokenize(n)).toContain('not');
  });

  it('turns every digit run into the same token', () => {
    expect(tokenize('call 555 0199 at 10')).toEqual(['call', '0', '0', 'at', '0']);
  });
});

describe('scanTokens', () => {
  it('keeps every token of a text made of one-character tokens, however long', () => {
    // The second text is longer than the first but shorter than twice it: the buffer the first
    // left behind has room for its characters, not for its tokens.
    for (const pairs of [5000, 6000]) {
      const scan = scanTokens('a1'.repeat(pairs));
      expect(scan.count).toBe(2 * pairs);
      expect(scan.token(2 * pairs - 1)).toBe('0');
      expect(scan.start(2 * pairs - 1)).toBe(2 * pairs - 1);
    }
    // A short text after a long one reads only its own tokens.
    expect(scanTokens("here's 42").tokens()).toEqual(["here's", '0']);
  });

  it('gives known words their lexicon id and unknown ones -1', () => {
    const scan = scanTokens('the zzqxv');
    expect(scan.id(0)).toBe(LEXICON.intern('the'));
    expect(scan.id(1)).toBe(-1);
  });
});
