// placeholder, replaced below
import type { EmailInput, EmailLabel, Extraction } from './types.js';
export function extractEmail(_input: EmailInput, _label?: EmailLabel): Extraction {
  return { company: null, role: null, contactName: null, interviewAt: null };
}
