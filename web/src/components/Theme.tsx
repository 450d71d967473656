// Light, dark, or the system's choice; remembered on this computer only.
import { useEffect, useState } from 'react';
import { Icon } from './Icon';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'rebound.theme';

export function readTheme(): ThemeChoice {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

const systemDark = (): boolean => window.matchMedia('(prefers-color-scheme: dark)').matches;

/** The theme currently on screen. */
function effective(choice: ThemeChoice): 'light' | 'dark' {
  return choice === 'system' ? (systemDark() ? 'dark' : 'light') : choice;
}

const listeners = new Set<(c: ThemeChoice) => void>();

export function setTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, choice);
  } catch {
    // Private windows may refuse storage; the choice still applies for this visit.
  }
  applyTheme(choice);
  for (const fn of listeners) fn(choice);
}

export function useTheme(): ThemeChoice {
  const [choice, setChoice] = useState<ThemeChoice>(readTheme);
  useEffect(() => {
    listeners.add(setChoice);
    return () => {
      listeners.delete(setChoice);
    };
  }, []);
  return choice;
}

/** A toggle button: pressed means the dark theme is on. */
export function ThemeToggle() {
  const choice = useTheme();
  const [, force] = useState(0);
  useEffect(() => {
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const on = () => force((n) => n + 1);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  const dark = effective(choice) === 'dark';
  return (
    <button
      type="button"
      className="btn btn-quiet btn-sm theme-toggle"
      aria-pressed={dark}
      onClick={() => setTheme(dark ? 'light' : 'dark')}
    >
      <Icon name={dark ? 'moon' : 'sun'} />
      <span>Dark theme</span>
    </button>
  );
}
