// Importing applications from CSV (LinkedIn's export, other trackers) and writing them as CSV.
export { parseCsv, type CsvRecord, type CsvProblem, type CsvParse } from './csv.js';
export { toCsv, unguardCell, type CsvCell } from './csv-write.js';
export { parseImportDate, detectSlashOrder, type SlashOrder } from './dates.js';
export { readStatus } from './status.js';
export { readRejectionChannel, type ImportedRejection } from './rejection.js';
export { dedupeKey, normaliseCompany, normaliseRole } from './dedupe.js';
export { decodeText } from './decode.js';
export {
  IMPORT_FIELDS,
  LINKEDIN_PROFILE,
  mapCsv,
  parseMappingSpec,
  profileFor,
  type ColumnMapping,
  type ImportCandidate,
  type ImportField,
  type ImportProfile,
  type MappedCsv,
  type RowProblem,
} from './mapping.js';
export { REBOUND_CSV_MAPPING, applicationsToCsv } from './applications-csv.js';
