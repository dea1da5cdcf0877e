// The persistable form of an index: what is expensive to rebuild (postings, field lengths, excerpts).
// Two encodings:
// - JSON (json-snapshot.ts): the typo index is rebuilt from the short-field vocabulary on load;
// - packed (what the extension keeps in IndexedDB): typed arrays and a few long strings, which the browser
//   stores and reads back as blocks rather than as millions of small values, with the typo index
//   included; documents by column (packed-docs.ts); every string is kept as UTF-8 bytes (packed-strings.ts)
//   and postings, vocabularies, documents' strings, excerpt texts and the short-field words are decoded
//   when first used. The excerpt texts (`texts`, a third of the bytes) may travel apart and be
//   attached after the index is in use (SearchIndex.attachTexts).

import { isRecord } from '../shared/records';
import type { PackedField } from './field-postings';
import type { PackedVocabulary } from './fuzzy-vocabulary';
import type { PackedDocs } from './packed-docs';
import type { PackedTexts } from './packed-texts';

export const PACKED_FORMAT = 'ownit-search-index-packed';
/**
 * 2: documents may be snippets; a version 1 snapshot predates them and is rebuilt. 3: an article's
 * problem part (summary, what customers say) counts three times in its body (src/search/doc-terms.ts);
 * a version 2 snapshot counted it once and is rebuilt. 4: documents by column, texts apart. 5: stored as
 * one block of bytes (snapshot-bytes.ts); a stored version 4 snapshot is rebuilt. 6: vocabularies and
 * documents' strings as UTF-8 lists decoded string by string, tags by number (a version 5 snapshot is
 * rebuilt).
 */
export const PACKED_VERSION = 6;

export interface PackedSnapshot {
  format: typeof PACKED_FORMAT;
  version: typeof PACKED_VERSION;
  docs: PackedDocs;
  /** The excerpt texts' key (PackedTexts.key): texts stored apart must carry the same. */
  textsKey: number;
  /** The excerpt texts; absent when they are stored apart. */
  texts?: PackedTexts;
  fields: PackedField[];
  /** The [word, term] pairs of the short-field words as JSON text, in UTF-8. */
  shortWords: Uint8Array;
  /** The typo index, so that loading does not rebuild it. */
  fuzzy: PackedVocabulary;
}

/**
 * A snapshot's envelope: its `format` must be `format` and its `version` this version, else an error
 * that names the `kind` of snapshot and what was expected.
 */
export function checkEnvelope(
  data: unknown,
  format: string,
  version: number,
  kind: string,
): Record<string, unknown> {
  if (!isRecord(data) || data.format !== format) {
    throw new Error(`Not a ${kind} (expected format "${format}").`);
  }
  if (data.version !== version) {
    const what = kind[0]?.toUpperCase() + kind.slice(1);
    throw new Error(
      `${what} version ${String(data.version)} is not supported (expected ${version}); rebuild the index.`,
    );
  }
  return data;
}

/** Checks a packed snapshot's envelope and shape; the documents are checked as they are unpacked. */
export function checkPackedSnapshot(input: unknown): PackedSnapshot {
  const data = checkEnvelope(input, PACKED_FORMAT, PACKED_VERSION, 'packed search index snapshot');
  const { fields, fuzzy } = data;
  if (!Array.isArray(fields) || fields.length !== 3 || !fields.every(isPackedField)) {
    throw new Error('Search index snapshot is damaged: "fields" must hold three packed term lists.');
  }
  if (!isPackedVocabulary(fuzzy)) throw new Error('Search index snapshot is damaged: "fuzzy" is missing.');
  if (!(data.shortWords instanceof Uint8Array) || typeof data.textsKey !== 'number') {
    throw new Error('Search index snapshot is damaged: "shortWords" or "textsKey" is missing.');
  }
  return data as unknown as PackedSnapshot;
}

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The [word, term] pairs of a snapshot's short-field words (parsed when first needed). */
export function parseShortWords(bytes: Uint8Array): [string, string][] {
  let words: unknown;
  try {
    words = JSON.parse(UTF8.decode(bytes));
  } catch {
    throw new Error('Search index snapshot is damaged: "shortWords" is not valid JSON.');
  }
  if (!Array.isArray(words) || !words.every(isWordPair)) {
    throw new Error('Search index snapshot is damaged: "shortWords" is not a list of word pairs.');
  }
  return words;
}

function isPackedField(value: unknown): boolean {
  return (
    isRecord(value) &&
    isRecord(value.terms) &&
    value.counts instanceof Uint32Array &&
    value.starts instanceof Uint32Array &&
    value.bytes instanceof Uint8Array
  );
}

function isPackedVocabulary(value: unknown): value is PackedVocabulary {
  return (
    isRecord(value) &&
    isRecord(value.forms) &&
    isRecord(value.terms) &&
    value.display instanceof Uint8Array &&
    value.grams instanceof Uint32Array &&
    value.offsets instanceof Uint32Array &&
    value.ids instanceof Uint32Array
  );
}

function isWordPair(value: unknown): value is [string, string] {
  return (
    Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string'
  );
}

export function isDocRecordWithoutText(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    (value.kind === 'article' || value.kind === 'playbook' || value.kind === 'snippet') &&
    typeof value.title === 'string' &&
    Array.isArray(value.tags) &&
    Array.isArray(value.keywords) &&
    Array.isArray(value.lengths) &&
    value.lengths.length === 3
  );
}
