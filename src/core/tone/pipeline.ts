// The retext pipelines, built once on first use. Loading the dictionary is the only slow step
// (about a second), so the built processors are kept for the life of the process.
import type retextEnglish from 'retext-english';
import type { Plugin } from 'unified';
import { DOMAIN_WORDS } from './spelling.js';

/** What the rules read from a retext message. */
export interface LangMessage {
  source?: string | null | undefined;
  ruleId?: string | null | undefined;
  place?:
    | { start?: { offset?: number | undefined }; end?: { offset?: number | undefined } }
    | null
    | undefined;
  actual?: string | null | undefined;
  expected?: string[] | null | undefined;
}

export interface LangNode {
  type: string;
  children?: LangNode[];
  data?: { polarity?: number };
}

export interface Pipeline {
  /** Spelling (without suggestions) and repeated-word messages, with offsets into `text`. */
  proofread(text: string): Promise<LangMessage[]>;
  /** Spelling suggestions for one word (slow: up to a second for a long unknown word). */
  suggest(word: string): Promise<string[]>;
  /** Summed sentiment polarity of `text` (negative is hurt or hostile). */
  polarity(text: string): Promise<number>;
}

// The syntax tree type, read off retext-english so no undeclared types package is needed.
type Root = typeof retextEnglish extends Plugin<[], string, infer R> ? R : never;

let loading: Promise<Pipeline> | undefined;

export function loadPipeline(): Promise<Pipeline> {
  loading ??= build();
  return loading;
}

async function build(): Promise<Pipeline> {
  const [unifiedMod, english, spell, dictionary, sentiment, repeated] = await Promise.all([
    import('unified'),
    import('retext-english'),
    import('retext-spell'),
    import('dictionary-en'),
    import('retext-sentiment'),
    import('retext-repeated-words'),
  ]);
  // Two spell checkers over one dictionary. Finding unknown words is fast; suggesting is slow,
  // so the finder never suggests (its budget, counted over the processor's life, is spent at
  // once below) and the suggester only sees the few words a message reports.
  const proofreader = unifiedMod
    .unified()
    .use(english.default)
    .use(spell.default, { dictionary: dictionary.default, ignore: DOMAIN_WORDS, max: 1 })
    .use(repeated.default)
    .freeze();
  const suggester = unifiedMod
    .unified()
    .use(english.default)
    .use(spell.default, {
      dictionary: dictionary.default,
      ignore: DOMAIN_WORDS,
      max: Number.MAX_SAFE_INTEGER,
    })
    .freeze();
  // retext-sentiment ships types for an older unified; it behaves as a plain transformer.
  const sentimentPlugin = sentiment.default as unknown as Plugin<[], Root>;
  const scorer = unifiedMod.unified().use(english.default).use(sentimentPlugin).freeze();

  // Both processors share one shape once frozen; only their plugins differ.
  const run = (processor: typeof proofreader, text: string) =>
    new Promise<{ tree: LangNode; messages: LangMessage[] }>((resolve, reject) => {
      processor.run(processor.parse(text), text, (error, tree, file) => {
        if (error || !tree || !file) {
          reject(error ?? new Error('The language pipeline returned nothing.'));
          return;
        }
        resolve({ tree: tree as unknown as LangNode, messages: file.messages as LangMessage[] });
      });
    });

  await run(proofreader, 'qzxjv wqzxj');
  return {
    proofread: async (text) => (await run(proofreader, text)).messages,
    suggest: async (word) => {
      const messages = (await run(suggester, word)).messages;
      return messages.find((m) => m.source === 'retext-spell' && m.ruleId !== 'overflow')?.expected ?? [];
    },
    polarity: async (text) => sumSentences((await run(scorer, text)).tree),
  };
}

function sumSentences(node: LangNode): number {
  if (node.type === 'SentenceNode') return node.data?.polarity ?? 0;
  let total = 0;
  for (const child of node.children ?? []) total += sumSentences(child);
  return total;
}
