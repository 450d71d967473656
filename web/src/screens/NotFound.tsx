import { EmptyState, Link, PageHeader } from '../components/ui';
import { useTitle } from '../hooks';

export function NotFoundScreen() {
  useTitle('Page not found');
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState icon="search" title="There is nothing at this address.">
        <p>The link may be old. Today has everything that is open.</p>
        <Link to="/" className="btn btn-primary">
          Go to Today
        </Link>
      </EmptyState>
    </>
  );
}
