// The persistable form of an index: what is expensive to rebuild (postings, field lengths, excerpts).
// Two encodings:
// - JSON (json-snapshot.ts): the typo index is rebuilt from the short-field vocabulary on load;
// - packed (what the extension keeps in IndexedDB): typed arrays and a few long strings, which the browser
//   stores and reads back as blocks rather than as millions of small values, with the typo index
//   included; postings and excerpt texts are decoded when first used, so it loads several times faster.
import type { DocRecord } from './doc-table';
import type { PackedField } from './field-postings';
import type { PackedVocabulary } from './fuzzy-vocabulary';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const PACKED_FORMAT = 'ownit-search-index-packed';
/**
 * 2: documents may be snippets; a version 1 snapshot predates them and is rebuilt. 3: an article's
 * problem part (summary, what customers say) counts three times in its body (src/search/doc-terms.ts);
 * a version 2 snapshot counted it once and is rebuilt.
 */
export const PACKED_VERSION = 3;
const UTF8 = new TextDecoder();

/**
 * Text goes in as UTF-8 bytes: a string with a single character beyond Latin-1 (a curly quote) would
 * otherwise be stored at two bytes per character.
 */
export interface PackedSnapshot {
  format: typeof PACKED_FORMAT;
  version: typeof PACKED_VERSION;
  /** The documents without their `text`, as UTF-8 JSON (a DocRecord[]). */
  docs: Uint8Array;
  /** Every document's `text`, one after the other, in UTF-8. */
  texts: Uint8Array;
  /** Where each document's text ends in `texts` (a byte offset): texts are decoded when first shown. */
  textEnds: Uint32Array;
  fields: PackedField[];
  /** The [word, term] pairs of the short-field words as JSON text. */
  shortWords: string;
  /** The typo index, so that loading does not rebuild it. */
  fuzzy: PackedVocabulary;
}

/** Checks a packed snapshot's envelope and shape; returns its parts with the documents decoded. */
export function checkPackedSnapshot(data: unknown): {
  docs: DocRecord[];
  fields: PackedField[];
  shortWords: [string, string][];
  fuzzy: PackedVocabulary;
} {
  if (!isRecord(data) || data.format !== PACKED_FORMAT) {
    throw new Error(`Not a packed search index snapshot (expected format "${PACKED_FORMAT}").`);
  }
  if (data.version !== PACKED_VERSION) {
    throw new Error(
      `Packed search index snapshot version ${String(data.version)} is not supported (expected ${PACKED_VERSION}); rebuild the index.`,
    );
  }
  const { fields, fuzzy, textEnds, texts } = data;
  if (!Array.isArray(fields) || fields.length !== 3 || !fields.every(isPackedField)) {
    throw new Error('Search index snapshot is damaged: "fields" must hold three packed term lists.');
  }
  if (!isPackedVocabulary(fuzzy)) throw new Error('Search index snapshot is damaged: "fuzzy" is missing.');
  if (
    !(data.docs instanceof Uint8Array) ||
    !(texts instanceof Uint8Array) ||
    !(textEnds instanceof Uint32Array)
  ) {
    throw new Error('Search index snapshot is damaged: "docs", "texts" or "textEnds" is missing.');
  }
  const docs = parseJsonText(UTF8.decode(data.docs), 'docs');
  const textBytes = textEnds.length > 0 ? textEnds[textEnds.length - 1] : 0;
  if (!Array.isArray(docs) || textEnds.length !== docs.length || textBytes !== texts.length) {
    throw new Error('Search index snapshot is damaged: "docs" and their texts do not match.');
  }
  if (!docs.every(isDocRecordWithoutText)) {
    throw new Error('Search index snapshot is damaged: "docs" is not a list of documents.');
  }
  let start = 0;
  for (let i = 0; i < docs.length; i++) {
    const end = textEnds[i]!;
    if (end < start) throw new Error('Search index snapshot is damaged: "textEnds" goes backwards.');
    lazyText(docs[i] as Record<string, unknown>, texts, start, end);
    start = end;
  }
  const shortWords = parseJsonText(data.shortWords, 'shortWords');
  if (!Array.isArray(shortWords) || !shortWords.every(isWordPair)) {
    throw new Error('Search index snapshot is damaged: "shortWords" is not a list of word pairs.');
  }
  return { docs: docs as DocRecord[], fields: fields as PackedField[], shortWords, fuzzy };
}

/** Packs the documents' texts apart from the rest, both as UTF-8. */
export function packDocs(records: readonly DocRecord[]): Pick<PackedSnapshot, 'docs' | 'texts' | 'textEnds'> {
  const encoder = new TextEncoder();
  const textEnds = new Uint32Array(records.length);
  const encoded: Uint8Array[] = [];
  let end = 0;
  const rest = records.map((record, i) => {
    const { text, ...others } = record;
    const bytes = encoder.encode(text);
    encoded.push(bytes);
    end += bytes.length;
    textEnds[i] = end;
    return others;
  });
  const texts = new Uint8Array(end);
  let at = 0;
  for (const bytes of encoded) {
    texts.set(bytes, at);
    at += bytes.length;
  }
  return { docs: encoder.encode(JSON.stringify(rest)), texts, textEnds };
}

/**
 * Gives a document its text, decoded from the packed bytes the first time it is read (an excerpt is
 * needed only for the few documents shown), then kept as a plain property.
 */
function lazyText(record: Record<string, unknown>, texts: Uint8Array, start: number, end: number): void {
  Object.defineProperty(record, 'text', {
    configurable: true,
    enumerable: true,
    get() {
      const text = UTF8.decode(texts.subarray(start, end));
      Object.defineProperty(record, 'text', {
        value: text,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return text;
    },
  });
}

function parseJsonText(text: unknown, name: string): unknown {
  if (typeof text !== 'string') throw new Error(`Search index snapshot is damaged: "${name}" is missing.`);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`Search index snapshot is damaged: "${name}" is not valid JSON.`);
  }
}

function isPackedField(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.terms === 'string' &&
    value.counts instanceof Uint32Array &&
    value.starts instanceof Uint32Array &&
    value.bytes instanceof Uint8Array
  );
}

function isPackedVocabulary(value: unknown): value is PackedVocabulary {
  return (
    isRecord(value) &&
    typeof value.forms === 'string' &&
    typeof value.terms === 'string' &&
    typeof value.display === 'string' &&
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
