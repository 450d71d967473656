// Getting data in and out: importing applications from CSV (LinkedIn's export, other trackers),
// exporting everything as one versioned JSON file, restoring that file into an empty store, and
// a CSV of applications.
import { z } from 'zod';
import { invalid } from '../../core/errors.js';
import {
  LINKEDIN_PROFILE,
  applicationsToCsv,
  dedupeKey,
  mapCsv,
  parseMappingSpec,
  profileFor,
  type ColumnMapping,
  type ImportCandidate,
  type ImportedRejection,
  type ImportProfile,
  type RowProblem,
} from '../../core/import/index.js';
import { parseDateInput } from '../../core/time.js';
import type { Actor } from '../../core/types.js';
import type { Repos } from '../../store/index.js';
import { dumpTables, restoreTables, type TableDump, type TableName } from '../../store/transfer.js';
import { nowIso, type Deps } from '../deps.js';
import { NewApplicationInput, parseInput } from '../inputs.js';
import { refreshPlan } from './plans.js';
import { refreshNeighbours } from './rejections.js';

export const EXPORT_FORMAT = 'rebound-export';
export const EXPORT_VERSION = 1;

/** The whole store as one file: what `rebound export json` writes and `rebound restore` reads. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  tables: TableDump;
}

export interface ImportSummary {
  /** Applications added. */
  created: number;
  /** Rows that matched an application already in the store (or earlier in the file). */
  duplicates: number;
  /** Rejections recorded for new rows whose stage says rejected (each gets its plan). */
  rejections: number;
  /** Rows skipped, with the file line each starts on. */
  errors: RowProblem[];
}

export interface RestoreSummary {
  /** Rows written per table. */
  tables: Record<TableName, number>;
  rows: number;
}

/** A map as the CLI takes it ("company=Company,role=Title") or as an object (HTTP). */
export type ImportMappingInput = string | ColumnMapping;

const column = z.string().trim().min(1).optional();
const MappingObject = z
  .object({ company: column, role: column, applied: column, url: column, source: column, status: column, resume: column, notes: column, rejected: column, channel: column })
  .strict() satisfies z.ZodType<ColumnMapping>;

const cell = z.union([z.string(), z.number(), z.null()]);
const ExportEnvelope = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number(),
  exportedAt: z.string(),
  tables: z.record(z.string(), z.array(z.record(z.string(), cell))),
});

function profileOf(mapping: ImportMappingInput | undefined): ImportProfile {
  if (mapping === undefined) return LINKEDIN_PROFILE;
  if (typeof mapping === 'string') return profileFor(parseMappingSpec(mapping));
  return profileFor(parseInput(MappingObject, mapping));
}

/** Names for the fields of a row, as a person reads them in a list of skipped lines. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  company: 'the company name',
  role: 'the job title',
  url: 'the job link',
  source: 'the source',
  appliedOn: 'the date applied',
  status: 'the stage',
  resumeVersion: 'the resume name',
  notes: 'the notes',
};

/**
 * The instant a rejection from an imported row arrived: its own day when the row has one, else
 * the last day the row knows (the day applied), else today; never in the future, never before
 * the application. A day counts from midday UTC, like a typed-in date.
 */
export function importedRejectionAt(r: ImportedRejection, appliedOn: string | null, now: string): string {
  const day = r.receivedOn !== null && (appliedOn === null || r.receivedOn >= appliedOn) ? r.receivedOn : appliedOn;
  const at = day === null ? null : parseDateInput(day);
  return at === null || at > now ? now : at;
}

/** Records the rejection of a row just imported; plans are built once the whole file is in. */
async function recordImportedRejection(tx: Repos, actor: Actor, applicationId: number, appliedOn: string | null, r: ImportedRejection, now: string): Promise<string> {
  const receivedAt = importedRejectionAt(r, appliedOn, now);
  await tx.rejections.upsert(
    actor.userId,
    {
      applicationId,
      receivedAt,
      channel: r.channel,
      stage: 'application',
      wording: 'vague',
      reasons: [],
      senderName: null,
      senderEmail: null,
      automatedSender: false,
      senderContactId: null,
      subject: null,
      emailText: null,
      messageId: null,
    },
    now,
  );
  return receivedAt;
}

/** The candidate as `rebound app add` takes it, or why it breaks that contract. */
function validate(c: ImportCandidate): { input: z.output<typeof NewApplicationInput> } | { problem: RowProblem } {
  const { line, ...fields } = c;
  const r = NewApplicationInput.safeParse({ ...fields, valued: null });
  if (r.success) return { input: r.data };
  const issue = r.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  return { problem: { line, message: `${FIELD_NAMES[field] ?? field}: ${issue?.message ?? 'is not valid'}` } };
}

function parseExport(json: unknown): z.output<typeof ExportEnvelope> {
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch {
      throw invalid('This file is not a Rebound export: it is not JSON.');
    }
  }
  const looks = z.object({ format: z.literal(EXPORT_FORMAT), version: z.number() }).safeParse(data);
  if (!looks.success) throw invalid(`This file is not a Rebound export (it does not say "format": "${EXPORT_FORMAT}").`);
  if (looks.data.version > EXPORT_VERSION) {
    throw invalid(`This export was written by a newer Rebound (format version ${String(looks.data.version)}). Update Rebound to restore it.`);
  }
  if (looks.data.version !== EXPORT_VERSION) throw invalid(`This export has an unknown format version (${String(looks.data.version)}).`);
  const r = ExportEnvelope.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw invalid(`This Rebound export is damaged: ${issue?.path.join('.') || 'the file'} ${issue?.message ?? 'is not valid'}.`);
  }
  return r.data;
}

export function transferUseCases(d: Deps) {
  return {
    /**
     * Adds the applications in a CSV file. Without a map the file is read as LinkedIn's
     * Job Applications.csv. Rows already in the store (same company, role and day) are counted,
     * not added; bad rows are skipped and reported by line. The good rows go in together.
     */
    async importApplicationsCsv(actor: Actor, csvText: string, mapping?: ImportMappingInput): Promise<ImportSummary> {
      const mapped = mapCsv(csvText, profileOf(mapping));
      const errors = [...mapped.problems];
      const valid: Array<z.output<typeof NewApplicationInput> & { rejection?: ImportedRejection | undefined }> = [];
      for (const c of mapped.candidates) {
        const v = validate(c);
        if ('problem' in v) errors.push(v.problem);
        else valid.push({ ...v.input, rejection: c.rejection });
      }
      errors.sort((a, b) => a.line - b.line);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        const existing = await tx.applications.list(actor.userId);
        const seen = new Set(existing.map((a) => dedupeKey(a.company, a.role, a.appliedOn)));
        let created = 0;
        let duplicates = 0;
        const rejected: Array<{ applicationId: number; receivedAt: string }> = [];
        for (const { rejection, ...a } of valid) {
          const key = dedupeKey(a.company, a.role, a.appliedOn);
          if (seen.has(key)) {
            duplicates++;
            continue;
          }
          seen.add(key);
          const app = await tx.applications.create(actor.userId, a, now);
          created++;
          // A rejected row is a rejection like any other: insights count it and its plan runs.
          if (rejection && a.status === 'rejected') {
            rejected.push({ applicationId: app.id, receivedAt: await recordImportedRejection(tx, actor, app.id, a.appliedOn, rejection, now) });
          }
        }
        for (const r of rejected) await refreshPlan(tx, actor, r.applicationId, now);
        // R10 may move its step to an imported rejection: rebuild the plans around the new ones.
        await refreshNeighbours(tx, actor, rejected, now);
        return { created, duplicates, rejections: rejected.length, errors };
      });
    },

    /**
     * The whole store as one versioned file, ids included. In single-user mode that is all of
     * the actor's data; the file is a backup of this Rebound, to restore into an empty one.
     */
    async exportAll(_actor: Actor): Promise<ExportFile> {
      const tables = await dumpTables(d.store);
      return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: nowIso(d), tables };
    },

    /** Restores an export (the parsed object or its JSON text) into an empty store, in one transaction. */
    async restoreAll(_actor: Actor, json: unknown): Promise<RestoreSummary> {
      const file = parseExport(json);
      const tables = await restoreTables(d.store, file.tables);
      return { tables, rows: Object.values(tables).reduce((n, c) => n + c, 0) };
    },

    /** The actor's applications as CSV, oldest first; `rebound import csv` reads it back. */
    async exportApplicationsCsv(actor: Actor): Promise<string> {
      const apps = await d.store.applications.list(actor.userId);
      return applicationsToCsv([...apps].sort((a, b) => a.id - b.id));
    },
  };
}
