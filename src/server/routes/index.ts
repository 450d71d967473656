// Every route the server answers, in the order the reference lists them.
import type { AnyRoute } from '../route.js';
import { applicationRoutes } from './applications.js';
import { contactRoutes } from './contacts.js';
import { insightsRoutes } from './insights.js';
import { journalRoutes } from './journal.js';
import { mailRoutes } from './mail.js';
import { practiceRoutes } from './practice.js';
import { profileRoutes } from './profile.js';
import { referenceRoutes } from './reference.js';
import { stepRoutes } from './steps.js';
import { systemRoutes } from './system.js';
import { toneRoutes } from './tone.js';
import { touchRoutes } from './touch.js';

export const ROUTES: readonly AnyRoute[] = [
  ...systemRoutes,
  ...applicationRoutes,
  ...stepRoutes,
  ...toneRoutes,
  ...contactRoutes,
  ...touchRoutes,
  ...journalRoutes,
  ...practiceRoutes,
  ...insightsRoutes,
  ...profileRoutes,
  ...mailRoutes,
  ...referenceRoutes(() => ROUTES),
];
