// The shell: skip link, navigation, the current screen, and the quiet privacy line.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { syncClock } from './api';
import { Icon, type IconName } from './components/Icon';
import { NoticeProvider } from './components/Notice';
import { ThemeToggle } from './components/Theme';
import { Link, Loading } from './components/ui';
import { useLocation, type Route } from './router';
import { TodayScreen } from './screens/Today';

// Every screen but Today loads on demand, keeping the first download small.
const ApplicationsScreen = lazy(() =>
  import('./screens/Applications').then((m) => ({ default: m.ApplicationsScreen })),
);
const ApplicationScreen = lazy(() =>
  import('./screens/Application').then((m) => ({ default: m.ApplicationScreen })),
);
const RejectedScreen = lazy(() =>
  import('./screens/Rejected').then((m) => ({ default: m.RejectedScreen })),
);
const DraftScreen = lazy(() => import('./screens/Draft').then((m) => ({ default: m.DraftScreen })));
const JournalScreen = lazy(() =>
  import('./screens/Journal').then((m) => ({ default: m.JournalScreen })),
);
const ContactsScreen = lazy(() =>
  import('./screens/Contacts').then((m) => ({ default: m.ContactsScreen })),
);
const SettingsScreen = lazy(() =>
  import('./screens/Settings').then((m) => ({ default: m.SettingsScreen })),
);
const InsightsScreen = lazy(() =>
  import('./screens/Insights').then((m) => ({ default: m.InsightsScreen })),
);
const PracticeScreen = lazy(() =>
  import('./screens/Practice').then((m) => ({ default: m.PracticeScreen })),
);
const NotFoundScreen = lazy(() =>
  import('./screens/NotFound').then((m) => ({ default: m.NotFoundScreen })),
);

const NAV: { to: string; label: string; icon: IconName; match: Route['name'][] }[] = [
  { to: '/', label: 'Today', icon: 'today', match: ['today'] },
  {
    to: '/applications',
    label: 'Applications',
    icon: 'applications',
    match: ['applications', 'application'],
  },
  { to: '/insights', label: 'Insights', icon: 'spark', match: ['insights'] },
  { to: '/practice', label: 'Practice', icon: 'chat', match: ['practice'] },
  { to: '/journal', label: 'Journal', icon: 'journal', match: ['journal'] },
  { to: '/contacts', label: 'Contacts', icon: 'contacts', match: ['contacts'] },
  { to: '/settings', label: 'Settings', icon: 'settings', match: ['settings'] },
];

function Screen({ route }: { route: Route }): ReactNode {
  switch (route.name) {
    case 'today':
      return <TodayScreen />;
    case 'applications':
      return <ApplicationsScreen />;
    case 'application':
      return <ApplicationScreen key={route.id} id={route.id} />;
    case 'rejected':
      return <RejectedScreen />;
    case 'draft':
      return <DraftScreen key={route.stepId} stepId={route.stepId} />;
    case 'journal':
      return <JournalScreen />;
    case 'contacts':
      return <ContactsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'insights':
      return <InsightsScreen />;
    case 'practice':
      return <PracticeScreen />;
    default:
      return <NotFoundScreen />;
  }
}

export function App() {
  const { route, path } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [clockKnown, setClockKnown] = useState(false);

  useEffect(() => {
    setMenuOpen(false);
  }, [path]);

  // Escape closes the phone menu and returns focus to its button.
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setMenuOpen(false);
      document.querySelector<HTMLButtonElement>('.menu-button')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  // Learn the server's clock first, so dates and defaults follow it (REBOUND_NOW in tests).
  useEffect(() => {
    void syncClock().then(() => setClockKnown(true));
  }, []);

  return (
    <NoticeProvider>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // Focus the content without touching the address (the router owns it).
          e.preventDefault();
          const main = document.getElementById('main');
          main?.focus();
          main?.scrollIntoView();
        }}
      >
        Skip to content
      </a>
      <div className="shell">
        <header className="masthead">
          <div className="masthead-row">
            <Link to="/" className="brand">
              <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                <rect width="32" height="32" rx="9" />
                <path d="M9 21c2-7 6-10 14-10m0 0-4-3m4 3-4 3" />
              </svg>
              <span>Rebound</span>
            </Link>
            <button
              type="button"
              className="btn btn-quiet btn-sm menu-button"
              aria-expanded={menuOpen}
              aria-controls="primary-nav"
              onClick={() => setMenuOpen((o) => !o)}
            >
              <Icon name={menuOpen ? 'close' : 'menu'} />
              Menu
            </button>
          </div>
          <nav id="primary-nav" aria-label="Main" className={menuOpen ? 'nav nav-open' : 'nav'}>
            <ul>
              {NAV.map((n) => (
                <li key={n.to}>
                  <Link to={n.to} className="nav-link" ariaCurrent={n.match.includes(route.name)}>
                    <Icon name={n.icon} />
                    <span>{n.label}</span>
                  </Link>
                </li>
              ))}
            </ul>
            <Link to="/rejected" className="nav-rejected" ariaCurrent={route.name === 'rejected'}>
              <Icon name="rejected" />
              <span>I got turned down</span>
            </Link>
            <div className="nav-foot">
              <ThemeToggle />
              <p className="privacy">
                <Icon name="lock" />
                <span>Your data stays on this computer. Nothing is sent until you send it.</span>
              </p>
            </div>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {clockKnown ? (
            <Suspense fallback={<Loading />}>
              <Screen route={route} />
            </Suspense>
          ) : (
            <Loading />
          )}
        </main>
      </div>
    </NoticeProvider>
  );
}
