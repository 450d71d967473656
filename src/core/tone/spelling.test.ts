// Spelling (R9, info only): real typos, with names, brands, addresses and British spellings spared.
import { describe, expect, it } from 'vitest';
import { checkTone } from './index.js';

const typos = async (text: string, knownWords?: string[]) =>
  (await checkTone(text, { kind: 'thank_you', knownWords })).filter((f) => f.rule === 'spelling');

describe('R9 spelling', () => {
  it('R9 notes a typo as info and offers the likely word', async () => {
    const [f] = await typos('I recieved your message and appreciate it.');
    expect(f).toMatchObject({ severity: 'info', excerpt: 'recieved', alternative: 'received' });
  });

  it('R9 offers the intended word for a common slip the dictionary ranks badly', async () => {
    const [f] = await typos('I would be greatful for any feedback.');
    expect(f?.alternative).toBe('grateful');
  });

  it('R9 keeps the capital of a typo that opens a sentence', async () => {
    const [f] = await typos('Definately still interested in future roles.');
    expect(f?.alternative).toBe('Definitely');
  });

  it('R9 spares names, companies, acronyms, emails and links', async () => {
    const text =
      'Hi Priyanka, thanks to Okafor and the Zentrix team. Jordan Okafor\npriyanka@zentrix.example https://zentrix.example/jobs LinkedIn CIPD';
    expect(await typos(text)).toEqual([]);
  });

  it('R9 spares words the caller passes as known', async () => {
    expect(await typos('I loved the qwerbl demo.', ['qwerbl'])).toEqual([]);
  });

  it('R9 accepts British spellings', async () => {
    expect(
      await typos(
        'The day was well organised and I loved the behavioural questions. No offence taken.',
      ),
    ).toEqual([]);
  });

  it('R9 notes a word written twice in a row', async () => {
    const [f] = await typos('Thank you for the the update.');
    expect(f).toMatchObject({ severity: 'info', alternative: 'the' });
  });

  it('R9 leaves spelling out of the fast check used while typing', async () => {
    const { checkToneSync } = await import('./index.js');
    expect(checkToneSync('I recieved your message.').map((f) => f.rule)).toEqual([]);
  });
});
