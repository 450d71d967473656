import { makeDoc } from '../src/core/tone/doc.js';
import { scoreDoc } from '../src/core/tone/model.js';
import { checkToneSync } from '../src/core/tone/index.js';
const para = 'Thank you again for the conversations over the past few weeks and for explaining the decision so clearly. I enjoyed meeting the people on the platform team and learning how they plan their releases around the clinics they serve. The case exercise was demanding in a good way, and I came away with several ideas about how I present trade-offs. ';
let text = ''; while (text.split(/\s+/).length < 300) text += para;
text = text.split(/\s+/).slice(0, 300).join(' ');
for (let i = 0; i < 20; i++) { scoreDoc(makeDoc(text)); checkToneSync(text, { maxWords: 400 }); }
const cpu = (fn: () => void) => { const c = process.cpuUsage(); for (let i = 0; i < 50; i++) fn(); const u = process.cpuUsage(c); return (u.user + u.system) / 1000 / 50; };
console.log('model', cpu(() => scoreDoc(makeDoc(text))).toFixed(2), 'ms; sync all', cpu(() => checkToneSync(text, { maxWords: 400 })).toFixed(2), 'ms');
