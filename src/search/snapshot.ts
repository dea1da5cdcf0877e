// The persistable form of an index: what is expensive to rebuild (postings, field lengths, excerpts).
// The typo index is rebuilt from the short-field vocabulary on load, which is quick.
import type { DocRecord } from './doc-table';

export const SNAPSHOT_FORMAT = 'ownit-search-index';
export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  docs: DocRecord[];
  /** Per field: sorted terms and their delta-encoded postings. */
  fields: [string[], number[][]][];
  /** Title/tag words as written, with their index terms: [word, term] pairs. */
  shortWords: [string, string][];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the envelope and shape of a snapshot, with an error that says what is wrong. */
export function checkSnapshot(data: unknown): Snapshot {
  if (!isRecord(data) || data.format !== SNAPSHOT_FORMAT) {
    throw new Error(`Not a search index snapshot (expected format "${SNAPSHOT_FORMAT}").`);
  }
  if (data.version !== SNAPSHOT_VERSION) {
    throw new Error(
      `Search index snapshot version ${String(data.version)} is not supported (expected ${SNAPSHOT_VERSION}); rebuild the index.`,
    );
  }
  const { docs, fields, shortWords } = data;
  if (!Array.isArray(docs) || !docs.every(isDocRecord)) {
    throw new Error('Search index snapshot is damaged: "docs" is not a list of documents.');
  }
  if (!Array.isArray(fields) || fields.length !== 3 || !fields.every(isFieldData)) {
    throw new Error('Search index snapshot is damaged: "fields" must hold three term lists with postings.');
  }
  if (!Array.isArray(shortWords)) {
    throw new Error('Search index snapshot is damaged: "shortWords" is missing.');
  }
  return data as unknown as Snapshot;
}

function isDocRecord(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    (value.kind === 'article' || value.kind === 'playbook') &&
    typeof value.title === 'string' &&
    Array.isArray(value.tags) &&
    Array.isArray(value.keywords) &&
    Array.isArray(value.lengths) &&
    value.lengths.length === 3 &&
    typeof value.text === 'string'
  );
}

function isFieldData(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    Array.isArray(value[0]) &&
    Array.isArray(value[1]) &&
    value[0].length === value[1].length
  );
}
