// Trains the tone check's backstop model (src/core/tone/model.json) on the labelled messages in
// test/fixtures/tone (dev, holdout, probe and blind3; blind2 and blind4 are never trained on) plus every
// phrasing of Rebound's own drafts as examples of fine messages. Cross-validation picks the
// regularisation and the threshold that keeps false alarms on fine messages at or under 5%.
// Deterministic: the same inputs give a byte-identical file.
// Usage: npm run train:tone [-- --check]   (--check: fail if model.json would change)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { composeAllPhrasings, DRAFT_KINDS } from '../src/core/drafts/index.js';
import type { DraftContext, DraftKind } from '../src/core/drafts/index.js';
import { makeDoc } from '../src/core/tone/doc.js';
import { crossValidate, DEFAULT_TRAIN, trainModel } from '../src/core/tone/train.js';
import type { TrainingMessage } from '../src/core/tone/train.js';
import type { ToneKind, ToneRule } from '../src/core/tone/types.js';

interface Row {
  id: string;
  split: string;
  kind: ToneKind;
  label: 'burning' | 'fine' | 'minor';
  expected: ToneRule[];
  text: string;
}

const repo = resolve(import.meta.dirname, '..');
const FIXTURES = join(repo, 'test', 'fixtures', 'tone');
const MODEL_PATH = join(repo, 'src', 'core', 'tone', 'model.json');
// blind3 joined once its blind figure was recorded and its misses had been read (see the fixtures
// README); blind2 stays out so the backstop keeps one set it never saw, and blind4 stays blind.
const TRAIN_SPLITS = ['dev', 'holdout', 'probe', 'blind3'];
const LAMBDAS = [1e-5, 3e-5, 1e-4];
// The brief allows 5%; one point is kept back because the model's alarms add to the rules' own.
const MAX_FINE = 0.04;
const FOLDS = 5;

// Rules about form, not substance: a message burning only because of these teaches the model
// nothing about wording.
const FORM_ONLY: ReadonlySet<ToneRule> = new Set<ToneRule>(['too_long', 'spelling']);

function readRows(split: string): Row[] {
  return readFileSync(join(FIXTURES, `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

function fromFixtures(): TrainingMessage[] {
  const out: TrainingMessage[] = [];
  for (const split of TRAIN_SPLITS) {
    for (const r of readRows(split)) {
      // Notes to friends may vent; the model never judges them.
      if (r.kind === 'support' || r.label === 'minor') continue;
      if (r.label === 'burning' && r.expected.every((e) => FORM_ONLY.has(e))) continue;
      out.push({ id: r.id, text: r.text, kind: r.kind, burning: r.label === 'burning' });
      out.push(...variants(r));
    }
  }
  return out;
}

const GREETING =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,40}[,\n]\s*/i;
// No names: a name in these would be learned as a sign of a bad message.
const GREETINGS = ['Hi, ', 'Dear hiring team, ', 'Hello, ', 'Hi there, '];

/**
 * Variants that break habits of how the messages happen to be written, not of what they say:
 * most bridge-burning examples are one bare sentence and most fine ones open with a greeting,
 * so a greeting is added to the first and each sentence of a fine message also counts alone.
 */
function variants(r: Row): TrainingMessage[] {
  const base = { kind: r.kind, burning: r.label === 'burning', trainOnly: true, group: r.id };
  const out: TrainingMessage[] = [];
  if (r.label === 'burning') {
    if (GREETING.test(r.text)) return out;
    const hello = GREETINGS[out.length + (r.id.length % GREETINGS.length)] ?? 'Hi, ';
    const first = r.text.charAt(0);
    // "Your team…" becomes "Hi Alex, your team…", but "I…" keeps its capital.
    const body =
      /^[A-Z][a-z]/.test(r.text) && !/^I\b/.test(r.text)
        ? first.toLowerCase() + r.text.slice(1)
        : r.text;
    out.push({ ...base, id: `${r.id}#hello`, text: hello + body });
    return out;
  }
  const doc = makeDoc(r.text, { kind: r.kind });
  if (doc.sentences.length < 2) {
    const bare = r.text.replace(GREETING, '');
    if (bare !== r.text && bare.trim()) out.push({ ...base, id: `${r.id}#bare`, text: bare });
    return out;
  }
  doc.sentences.forEach((span, i) => {
    const text = r.text.slice(span.start, span.end).replace(GREETING, '');
    if (text.split(/\s+/).length >= 3) out.push({ ...base, id: `${r.id}#s${i}`, text });
  });
  return out;
}

// Sample facts for our own drafts (names unlike the drafts-pass test's, so that test stays a test).
const CONTEXTS: ((kind: DraftKind) => DraftContext)[] = [
  (kind) => ({
    kind,
    company: 'Larkspur Energy',
    role: 'Data Engineer',
    recipient: {
      contactId: 1,
      name: 'Mira Castell',
      email: 'mira@larkspur.example',
      kind: 'hiring_manager',
      title: 'Head of Data',
    },
    sender: {
      name: 'Sam Okoro',
      email: 'sam@example.com',
      signature: 'Sam Okoro',
      openToFreelance: true,
    },
    valued: 'how carefully the team documents its pipelines',
    lastInterview: {
      at: '2025-02-10T10:00:00Z',
      mode: 'video',
      participantNames: ['Mira Castell', 'Jon Feld'],
      finalRound: true,
    },
    interviewCount: 3,
    includeFeedbackAsk: true,
    touchBaseReason: 'the launch of your new forecasting service',
    vagueReply: 'We went with a candidate whose background was a closer match.',
    seed: 'train-a',
  }),
  (kind) => ({
    kind,
    company: 'Orchard Lane Bakery',
    role: 'Shift Supervisor',
    recipient: { contactId: 2, name: 'Theo', email: null, kind: 'recruiter', title: null },
    sender: { name: 'Rosa Imani', email: null, signature: null, openToFreelance: false },
    valued: null,
    lastInterview: {
      at: '2025-06-01T14:00:00Z',
      mode: 'in_person',
      participantNames: ['Theo'],
      finalRound: false,
    },
    interviewCount: 1,
    includeFeedbackAsk: false,
    touchBaseReason: null,
    vagueReply: null,
    seed: 'train-b',
  }),
  (kind) => ({
    kind,
    company: '',
    role: '',
    recipient: { contactId: null, name: null, email: null, kind: null, title: null },
    sender: { name: null, email: null, signature: null, openToFreelance: false },
    valued: null,
    lastInterview: null,
    interviewCount: 0,
    includeFeedbackAsk: false,
    touchBaseReason: null,
    vagueReply: null,
    seed: 'train-c',
  }),
];

// One reason of each shape a touch-base draft words differently.
const TOUCH_BASE_REASONS = [
  'your promotion to Head of Operations',
  'the holidays',
  'an article on battery storage I thought you would enjoy',
  'my new certification in cloud architecture',
  'the anniversary of our first conversation',
];

function contextsFor(kind: DraftKind): DraftContext[] {
  const base = CONTEXTS.map((c) => c(kind));
  if (kind !== 'touch_base') return base;
  return base.flatMap((ctx) =>
    TOUCH_BASE_REASONS.map((touchBaseReason) => ({ ...ctx, touchBaseReason })),
  );
}

function fromDrafts(): TrainingMessage[] {
  const out: TrainingMessage[] = [];
  const seen = new Set<string>();
  for (const kind of DRAFT_KINDS) {
    if (kind === 'support') continue;
    for (const ctx of contextsFor(kind)) {
      for (const d of composeAllPhrasings(ctx)) {
        const body = d.body ?? '';
        const doc = makeDoc(body, { kind });
        // Whole drafts must pass, so they count three times; their sentences count once each.
        const texts: [string, number][] = [
          [d.subject ?? '', 3],
          [body, 3],
          ...doc.sentences.map((s): [string, number] => [body.slice(s.start, s.end), 1]),
        ];
        for (const [text, weight] of texts) {
          if (!text.trim() || seen.has(text)) continue;
          seen.add(text);
          out.push({
            id: `draft-${kind}-${seen.size}`,
            text,
            kind,
            burning: false,
            trainOnly: true,
            weight,
          });
        }
      }
    }
  }
  return out;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function main(): void {
  if (process.env.TONE_DUMP && process.argv.includes('--dump-only')) {
    writeFileSync(process.env.TONE_DUMP, JSON.stringify([...fromFixtures(), ...fromDrafts()]));
    return;
  }
  const all = fromFixtures();
  const fixtures = all.filter((m) => !m.trainOnly);
  const extra = all.filter((m) => m.trainOnly);
  const drafts = fromDrafts();
  const messages = [...all, ...drafts];
  if (process.env.TONE_DUMP) writeFileSync(process.env.TONE_DUMP, JSON.stringify(messages));
  const burning = fixtures.filter((m) => m.burning).length;
  console.log(
    `training messages: ${fixtures.length} labelled (${burning} bridge-burning, ${fixtures.length - burning} fine) + ${extra.length} variants + ${drafts.length} draft texts (fine)`,
  );
  const started = performance.now();
  let best = null as ReturnType<typeof crossValidate> | null;
  for (const lambda of LAMBDAS) {
    const cv = crossValidate(messages, { ...DEFAULT_TRAIN, lambda }, FOLDS, MAX_FINE);
    console.log(
      `  lambda ${lambda}: out-of-fold recall ${pct(cv.recall)} with fine flagged ${pct(cv.fineFlagged)}`,
    );
    if (!best || cv.recall > best.recall) best = cv;
  }
  if (!best) return;
  const opts = { ...DEFAULT_TRAIN, lambda: best.lambda };
  const model = trainModel(messages, opts, best.threshold, {
    trainedOn: {
      labelled: fixtures.length,
      burning,
      fine: fixtures.length - burning,
      draftPhrasings: drafts.length,
      splits: TRAIN_SPLITS,
    },
    crossValidation: {
      folds: FOLDS,
      lambda: best.lambda,
      maxFineFlagged: MAX_FINE,
      recall: Number(best.recall.toFixed(4)),
      fineFlagged: Number(best.fineFlagged.toFixed(4)),
    },
  });
  const text = `${JSON.stringify(model)}\n`;
  const previous = existsSync(MODEL_PATH) ? readFileSync(MODEL_PATH, 'utf8') : '';
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (process.argv.includes('--check')) {
    if (previous !== text) {
      console.error('model.json is out of date: run npm run train:tone');
      process.exitCode = 1;
    } else console.log('model.json is up to date');
    return;
  }
  writeFileSync(MODEL_PATH, text);
  console.log(
    `chose lambda ${best.lambda}, threshold p > ${model.threshold}; ${Object.keys(model.weights).length} weights, ${(text.length / 1024).toFixed(0)} KiB, ${seconds}s` +
      (previous === text ? ' (unchanged)' : ''),
  );
}

main();
