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
  /** Spelling and repeated-word messages, with offsets into `text`. */
  proofread(text: string): Promise<LangMessage[]>;
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
  const proofreader = unifiedMod
    .unified()
    .use(english.default)
    .use(spell.default, {
      dictionary: dictionary.default,
      ignore: DOMAIN_WORDS,
      // The suggestion budget is counted over the processor's whole life, so it must not run out.
      max: Number.MAX_SAFE_INTEGER,
    })
    .use(repeated.default)
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

  return {
    proofread: async (text) => (await run(proofreader, text)).messages,
    polarity: async (text) => sumSentences((await run(scorer, text)).tree),
  };
}

function sumSentences(node: LangNode): number {
  if (node.type === 'SentenceNode') return node.data?.polarity ?? 0;
  let total = 0;
  for (const child of node.children ?? []) total += sumSentences(child);
  return total;
}
