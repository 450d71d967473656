// The retext pipeline, built once on first use. Loading the dictionary is the only slow step
// (a second or two), so the built processor is kept for the life of the process.
import type { Root } from 'nlcst';
import type { Plugin } from 'unified';
import { DOMAIN_WORDS } from './spelling.js';

/** What the rules read from a message the pipeline ran over. */
export interface LangMessage {
  source?: string | null | undefined;
  ruleId?: string | null | undefined;
  place?: { start?: { offset?: number | undefined }; end?: { offset?: number | undefined } } | null | undefined;
  actual?: string | null | undefined;
  expected?: string[] | null | undefined;
}

export interface LangNode {
  type: string;
  children?: LangNode[];
  data?: { polarity?: number };
  position?: { start: { offset?: number | undefined } };
}

export interface LangResult {
  tree: LangNode;
  messages: LangMessage[];
}

type Run = (text: string) => Promise<LangResult>;

let loading: Promise<Run> | undefined;

export function loadPipeline(): Promise<Run> {
  loading ??= build();
  return loading;
}

async function build(): Promise<Run> {
  const [unifiedMod, english, spell, dictionary, sentiment, profanities, repeated] = await Promise.all([
    import('unified'),
    import('retext-english'),
    import('retext-spell'),
    import('dictionary-en'),
    import('retext-sentiment'),
    import('retext-profanities'),
    import('retext-repeated-words'),
  ]);
  // retext-sentiment ships types for an older unified; it behaves as a plain transformer.
  const sentimentPlugin = sentiment.default as unknown as Plugin<[], Root>;
  const processor = unifiedMod
    .unified()
    .use(english.default)
    .use(sentimentPlugin)
    .use(spell.default, {
      dictionary: dictionary.default,
      ignore: DOMAIN_WORDS,
      // The suggestion budget is counted over the processor's whole life, so it must not run out.
      max: Number.MAX_SAFE_INTEGER,
    })
    .use(profanities.default, { sureness: 2 })
    .use(repeated.default)
    .freeze();

  return (text) =>
    new Promise<LangResult>((resolve, reject) => {
      const tree = processor.parse(text);
      processor.run(tree, text, (error, result, file) => {
        if (error || !result || !file) {
          reject(error ?? new Error('The language pipeline returned nothing.'));
          return;
        }
        resolve({ tree: result as unknown as LangNode, messages: file.messages as LangMessage[] });
      });
    });
}
