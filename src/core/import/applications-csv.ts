// Rebound's own CSV of applications: the columns it writes, and the map that reads them back,
// so `rebound export csv` output imports into another store with `rebound import csv`.
import type { Application } from '../types.js';
import { toCsv } from './csv-write.js';
import type { ColumnMapping } from './mapping.js';

const COLUMNS = ['Id', 'Company', 'Role', 'Applied On', 'Status', 'Source', 'URL', 'Resume Version', 'Notes', 'Valued', 'Created At', 'Updated At'] as const;

export const REBOUND_CSV_MAPPING: ColumnMapping = {
  company: 'Company',
  role: 'Role',
  applied: 'Applied On',
  status: 'Status',
  source: 'Source',
  url: 'URL',
  resume: 'Resume Version',
  notes: 'Notes',
};

export function applicationsToCsv(apps: readonly Application[]): string {
  return toCsv(
    COLUMNS,
    apps.map((a) => [a.id, a.company, a.role, a.appliedOn, a.status, a.source, a.url, a.resumeVersion, a.notes, a.valued, a.createdAt, a.updatedAt]),
  );
}
