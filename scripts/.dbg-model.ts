import { makeDoc } from '../src/core/tone/doc.js';
import { messageContext, sentenceFeatures } from '../src/core/tone/features.js';
import { TONE_MODEL, scoreDoc } from '../src/core/tone/model.js';
for (const text of process.argv.slice(2)) {
  const doc = makeDoc(text);
  const s = scoreDoc(doc)!;
  console.log(`p=${s.probability.toFixed(3)} thr=${TONE_MODEL.threshold} :: ${text}`);
  const ctx = messageContext(doc);
  for (const [i, span] of doc.sentences.entries()) {
    const f = sentenceFeatures(doc, span, ctx);
    const contrib = [...f].map(([k, v]) => [k, (TONE_MODEL.weights[k] ?? 0) * v] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
    console.log(`  z=${s.sentences[i]!.z.toFixed(2)} "${doc.norm.slice(span.start, span.end)}"`);
    console.log('   ', contrib.slice(0, 12).map(([k, c]) => `${k}:${c.toFixed(2)}`).join('  '));
  }
}
