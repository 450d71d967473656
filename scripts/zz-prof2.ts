import { LOCAL_USER, loadConfig, openApp } from '../src/app/index.js';
const dir = process.argv[2]!;
const app = await openApp(loadConfig({ ...process.env, REBOUND_HOME: dir, REBOUND_NOW: '' }));
const u = LOCAL_USER.userId;
const now = new Date().toISOString();
const silent = await app.store.interviews.silentSince(u, new Date(Date.now() - 10 * 86400000).toISOString());
let ghostDue = 0, noFollow = 0;
for (const s of silent) {
  const days = (Date.parse(now) - Date.parse(s.lastAt)) / 86400000;
  const steps = await app.store.steps.forApplication(u, s.applicationId);
  if (days >= 30) ghostDue++;
  if (!steps.some((x) => x.key === 'follow_up')) noFollow++;
}
console.log({ silent: silent.length, ghostDue, noFollow });
await app.close();
