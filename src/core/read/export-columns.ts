/**
 * The columns KoboToolbox and ODK Central add to a form's own when they export its submissions:
 * identifiers, times, review states. Kept in the workbook without a warning, never read as answers.
 */
const METADATA = new Set(
  [
    // KoboToolbox
    '_id',
    '_uuid',
    '_submission_time',
    '_index',
    '_validation_status',
    '_notes',
    '_status',
    '_submitted_by',
    '__version__',
    '_version_',
    '_tags',
    '_attachments',
    '_geolocation',
    '_xform_id_string',
    '_parent_index',
    '_parent_table_name',
    '_duration',
    'start',
    'end',
    'today',
    'deviceid',
    'username',
    'phonenumber',
    'simserial',
    'subscriberid',
    'audit',
    'instanceid',
    // ODK Central
    'submissiondate',
    'key',
    'reviewstate',
    'submitterid',
    'submittername',
    'attachmentspresent',
    'attachmentsexpected',
    'status',
    'edits',
    'formversion',
    'updatedat',
  ].map((name) => name.toLowerCase()),
);

/** Columns only an export has: a sheet with one of them is an export, whose metadata is kept. */
const MARKERS = new Set([
  '_id',
  '_uuid',
  '_submission_time',
  '_index',
  '__version__',
  'submissiondate',
  'key',
  'meta-instanceid',
  'meta/instanceid',
  'instanceid',
]);

/** The columns of the submission's time, by preference: KoboToolbox's, then ODK Central's. */
export const SUBMISSION_TIME = ['_submission_time', 'submissiondate'] as const;

const key = (header: string) => header.trim().toLowerCase();

/** A metadata column of an export: a known name, or under `meta`/`formhub` (`meta/instanceID`, `meta-instanceID`). */
export function isMetadata(header: string): boolean {
  const name = key(header);
  return METADATA.has(name) || /^(meta|formhub)[/-]/.test(name) || /^_[a-z]/.test(name);
}

/** Whether a header row is an export's: it has one of the columns only KoboToolbox or ODK Central write. */
export function isExportHeader(headers: readonly string[]): boolean {
  return headers.some((h) => MARKERS.has(key(h)));
}

/** Which of the submission-time columns a header is, if any (its rank in `SUBMISSION_TIME`). */
export function submissionTimeRank(header: string): number {
  return (SUBMISSION_TIME as readonly string[]).indexOf(key(header));
}
