// The documents of a packed snapshot, by column: every string in one UTF-8 block, numbers in typed arrays.
// Loading decodes the block once and cuts it (no JSON, no object per field), and the excerpt texts, the
// bulk of a snapshot, live apart (`PackedTexts`): the extension stores them in a row of their own that
// arrives while the rest is unpacked, and each text is decoded only when an excerpt is first shown.
import type { DocRecord } from './doc-table';
import type { DocKind } from './types';

const KINDS: readonly DocKind[] = ['article', 'playbook', 'snippet'];
const HAS_REVIEW_BY = 1;
/** Keeps a leading U+FEFF: a string that starts with one must come back as it went in. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

export interface PackedDocs {
  /** Per document: id, title, its tags, its keywords, and reviewBy when it has one; in UTF-8, back to back. */
  strings: Uint8Array;
  /** Where each string ends in the decoded block (UTF-16 positions). */
  stringEnds: Uint32Array;
  /** Tag count and keyword count of each document (2 a document). */
  listCounts: Uint32Array;
  /** 0 article, 1 playbook, 2 snippet. */
  kinds: Uint8Array;
  /** Bit 1: a reviewBy string follows the keywords. */
  flags: Uint8Array;
  /** Word counts of title, tags+keywords and body (3 a document). */
  lengths: Uint32Array;
  /** NaN when the document has none. */
  updatedAt: Float64Array;
  usage: Float64Array;
}

/** Every document's excerpt source, one after the other in UTF-8. */
export interface PackedTexts {
  /** Ties these texts to their documents: a hash of the bytes and ends (see textsKey). */
  key: number;
  bytes: Uint8Array;
  /** Byte offset where each document's text ends. */
  ends: Uint32Array;
}

/** Excerpt texts of loaded documents: empty until attached, then decoded one document at a time. */
export class TextStore {
  private texts: PackedTexts | null = null;
  private readonly decoded: (string | undefined)[] = [];

  get attached(): boolean {
    return this.texts !== null;
  }

  attach(texts: PackedTexts): void {
    this.texts = texts;
  }

  text(at: number): string {
    const texts = this.texts;
    if (!texts) return '';
    let text = this.decoded[at];
    if (text === undefined) {
      const start = at === 0 ? 0 : texts.ends[at - 1]!;
      text = UTF8.decode(texts.bytes.subarray(start, texts.ends[at]!));
      this.decoded[at] = text;
    }
    return text;
  }
}

/** A document read from a packed snapshot: its text comes from the shared store when first read. */
class LoadedRecord implements DocRecord {
  declare reviewBy?: string;
  declare updatedAt?: number;
  declare usage?: number;
  constructor(
    readonly id: string,
    readonly kind: DocKind,
    readonly title: string,
    readonly tags: string[],
    readonly keywords: string[],
    readonly lengths: [number, number, number],
    private readonly store: TextStore,
    private readonly at: number,
  ) {}

  get text(): string {
    return this.store.text(this.at);
  }
}

/** A record as a plain object (for JSON), its text read. */
export function plainRecord(record: DocRecord): DocRecord {
  const plain: DocRecord = {
    id: record.id,
    kind: record.kind,
    title: record.title,
    tags: [...record.tags],
    keywords: [...record.keywords],
    lengths: [...record.lengths],
    text: record.text,
  };
  if (record.reviewBy !== undefined) plain.reviewBy = record.reviewBy;
  if (record.updatedAt !== undefined) plain.updatedAt = record.updatedAt;
  if (record.usage !== undefined) plain.usage = record.usage;
  return plain;
}

export function packDocs(records: readonly DocRecord[]): { docs: PackedDocs; texts: PackedTexts } {
  const n = records.length;
  const strings: string[] = [];
  const listCounts = new Uint32Array(n * 2);
  const kinds = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const lengths = new Uint32Array(n * 3);
  const updatedAt = new Float64Array(n).fill(Number.NaN);
  const usage = new Float64Array(n).fill(Number.NaN);
  const encoder = new TextEncoder();
  const textParts: Uint8Array[] = [];
  const ends = new Uint32Array(n);
  let textBytes = 0;
  records.forEach((record, i) => {
    strings.push(record.id, record.title, ...record.tags, ...record.keywords);
    listCounts[i * 2] = record.tags.length;
    listCounts[i * 2 + 1] = record.keywords.length;
    kinds[i] = KINDS.indexOf(record.kind);
    if (record.reviewBy !== undefined) {
      flags[i]! |= HAS_REVIEW_BY;
      strings.push(record.reviewBy);
    }
    lengths.set(record.lengths, i * 3);
    if (record.updatedAt !== undefined) updatedAt[i] = record.updatedAt;
    if (record.usage !== undefined) usage[i] = record.usage;
    const bytes = encoder.encode(record.text);
    textParts.push(bytes);
    textBytes += bytes.length;
    ends[i] = textBytes;
  });
  const stringEnds = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((value, i) => {
    end += value.length;
    stringEnds[i] = end;
  });
  const bytes = new Uint8Array(textBytes);
  let at = 0;
  for (const part of textParts) {
    bytes.set(part, at);
    at += part.length;
  }
  return {
    docs: {
      strings: encoder.encode(strings.join('')),
      stringEnds,
      listCounts,
      kinds,
      flags,
      lengths,
      updatedAt,
      usage,
    },
    texts: { key: textsKey(bytes, ends), bytes, ends },
  };
}

/** FNV-1a over the texts' bytes and ends, sampled (every 61st byte) to stay quick at megabytes. */
export function textsKey(bytes: Uint8Array, ends: Uint32Array): number {
  let hash = 0x811c9dc5 ^ bytes.length ^ (ends.length << 16);
  const mix = (value: number) => {
    hash ^= value;
    hash = Math.imul(hash, 0x01000193);
  };
  for (let i = 0; i < bytes.length; i += 61) mix(bytes[i]!);
  for (let i = 0; i < ends.length; i++) mix(ends[i]!);
  return hash >>> 0;
}

/** The documents of a packed snapshot, their texts read from `store`; throws when the columns disagree. */
export function unpackDocs(data: unknown, store: TextStore): DocRecord[] {
  if (!isPackedDocs(data)) throw damaged('"docs" is missing or not packed by column');
  const n = data.kinds.length;
  const { stringEnds, listCounts, kinds, flags, lengths, updatedAt, usage } = data;
  if (
    listCounts.length !== n * 2 ||
    flags.length !== n ||
    lengths.length !== n * 3 ||
    updatedAt.length !== n ||
    usage.length !== n
  ) {
    throw damaged('the document columns differ in length');
  }
  const block = UTF8.decode(data.strings);
  if ((stringEnds.length > 0 ? stringEnds[stringEnds.length - 1] : 0) !== block.length) {
    throw damaged('the document strings do not add up');
  }
  const records: DocRecord[] = new Array(n);
  let s = 0;
  let start = 0;
  const next = () => {
    if (s >= stringEnds.length) throw damaged('the document strings run short');
    const end = stringEnds[s++]!;
    if (end < start) throw damaged('the document strings go backwards');
    const value = block.slice(start, end);
    start = end;
    return value;
  };
  const list = (count: number) => {
    if (count === 0) return [];
    const values = new Array<string>(count);
    for (let k = 0; k < count; k++) values[k] = next();
    return values;
  };
  for (let i = 0; i < n; i++) {
    const kind = KINDS[kinds[i]!];
    if (!kind) throw damaged('a document has an unknown kind');
    const id = next();
    const title = next();
    const record = new LoadedRecord(
      id,
      kind,
      title,
      list(listCounts[i * 2]!),
      list(listCounts[i * 2 + 1]!),
      [lengths[i * 3]!, lengths[i * 3 + 1]!, lengths[i * 3 + 2]!],
      store,
      i,
    );
    if (flags[i]! & HAS_REVIEW_BY) record.reviewBy = next();
    if (!Number.isNaN(updatedAt[i]!)) record.updatedAt = updatedAt[i]!;
    if (!Number.isNaN(usage[i]!)) record.usage = usage[i]!;
    records[i] = record;
  }
  if (s !== stringEnds.length) throw damaged('the document strings do not add up');
  return records;
}

/** Checks texts against the documents they belong to; null when they are not theirs. */
export function checkTexts(data: unknown, docs: number, key: number): PackedTexts | null {
  if (
    typeof data !== 'object' ||
    data === null ||
    !((data as PackedTexts).bytes instanceof Uint8Array) ||
    !((data as PackedTexts).ends instanceof Uint32Array)
  ) {
    return null;
  }
  const texts = data as PackedTexts;
  const { ends, bytes } = texts;
  if (texts.key !== key || ends.length !== docs || (docs > 0 && ends[docs - 1] !== bytes.length)) return null;
  for (let i = 1; i < ends.length; i++) if (ends[i]! < ends[i - 1]!) return null;
  return textsKey(bytes, ends) === key ? texts : null;
}

function isPackedDocs(value: unknown): value is PackedDocs {
  if (typeof value !== 'object' || value === null) return false;
  const docs = value as Record<string, unknown>;
  return (
    docs.strings instanceof Uint8Array &&
    docs.stringEnds instanceof Uint32Array &&
    docs.listCounts instanceof Uint32Array &&
    docs.kinds instanceof Uint8Array &&
    docs.flags instanceof Uint8Array &&
    docs.lengths instanceof Uint32Array &&
    docs.updatedAt instanceof Float64Array &&
    docs.usage instanceof Float64Array
  );
}

function damaged(what: string): Error {
  return new Error(`Search index snapshot is damaged: ${what}.`);
}
