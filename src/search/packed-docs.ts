// The documents of a packed snapshot, by column: their strings in one UTF-8 list, tags by number in a list
// of their own, numbers in typed arrays. Loading decodes no string: a document's id, title, tags and
// keywords are read from the columns when first asked for (most documents are never a result), and the
// excerpt texts, the bulk of a snapshot, live apart (`PackedTexts`): the extension stores them in a row of
// their own that arrives after the index is in use, and each text is decoded only when an excerpt is first
// shown.
import type { DocRecord } from './doc-table';
import { isPackedStringList, type PackedStringList, PackedStrings, packStrings } from './packed-strings';
import { type PackedTexts, type TextStore, textsKey } from './packed-texts';
import type { DocKind } from './types';

const KINDS: readonly DocKind[] = ['article', 'playbook', 'snippet'];
const HAS_REVIEW_BY = 1;

export interface PackedDocs {
  /** Per document: id, title, its keywords, and reviewBy when it has one. */
  strings: PackedStringList;
  /** Every tag once. */
  tagNames: PackedStringList;
  /** Each document's tags as positions in tagNames, one document after the other. */
  tagIds: Uint32Array;
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

/** A loaded snapshot's document columns, with where each document's strings and tags begin. */
interface DocColumns {
  strings: PackedStrings;
  tagNames: PackedStrings;
  tagIds: Uint32Array;
  listCounts: Uint32Array;
  flags: Uint8Array;
  lengths: Uint32Array;
  firstString: Uint32Array;
  firstTag: Uint32Array;
  store: TextStore;
}

/** A document read from a packed snapshot: its strings come from the columns when first read. */
class LoadedRecord implements DocRecord {
  declare updatedAt?: number;
  declare usage?: number;
  private tagList: string[] | undefined;
  private keywordList: string[] | undefined;
  private lengthList: [number, number, number] | undefined;
  constructor(
    readonly kind: DocKind,
    private readonly columns: DocColumns,
    private readonly at: number,
  ) {}

  get id(): string {
    return this.columns.strings.at(this.columns.firstString[this.at]!);
  }

  get title(): string {
    return this.columns.strings.at(this.columns.firstString[this.at]! + 1);
  }

  get tags(): string[] {
    if (!this.tagList) {
      const { tagNames, tagIds, listCounts, firstTag } = this.columns;
      const first = firstTag[this.at]!;
      const tags = new Array<string>(listCounts[this.at * 2]!);
      for (let k = 0; k < tags.length; k++) tags[k] = tagNames.at(tagIds[first + k]!);
      this.tagList = tags;
    }
    return this.tagList;
  }

  get keywords(): string[] {
    if (!this.keywordList) {
      const first = this.columns.firstString[this.at]! + 2;
      this.keywordList = this.columns.strings.slice(first, first + this.columns.listCounts[this.at * 2 + 1]!);
    }
    return this.keywordList;
  }

  get reviewBy(): string | undefined {
    const { strings, flags, firstString, listCounts } = this.columns;
    if (!(flags[this.at]! & HAS_REVIEW_BY)) return undefined;
    return strings.at(firstString[this.at]! + 2 + listCounts[this.at * 2 + 1]!);
  }

  get lengths(): [number, number, number] {
    const lengths = this.columns.lengths;
    const at = this.at * 3;
    this.lengthList ??= [lengths[at]!, lengths[at + 1]!, lengths[at + 2]!];
    return this.lengthList;
  }

  get text(): string {
    return this.columns.store.text(this.at);
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
  const tagNumbers = new Map<string, number>();
  const tagIds: number[] = [];
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
    strings.push(record.id, record.title, ...record.keywords);
    for (const tag of record.tags) {
      let number = tagNumbers.get(tag);
      if (number === undefined) {
        number = tagNumbers.size;
        tagNumbers.set(tag, number);
      }
      tagIds.push(number);
    }
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
  const bytes = new Uint8Array(textBytes);
  let at = 0;
  for (const part of textParts) {
    bytes.set(part, at);
    at += part.length;
  }
  return {
    docs: {
      strings: packStrings(strings),
      tagNames: packStrings([...tagNumbers.keys()]),
      tagIds: Uint32Array.from(tagIds),
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

/**
 * The documents of a packed snapshot, their strings decoded when first read and their texts read from
 * `store`; throws when the columns disagree.
 */
export function unpackDocs(data: unknown, store: TextStore): DocRecord[] {
  if (!isPackedDocs(data)) throw damaged('"docs" is missing or not packed by column');
  if (!isPackedStringList(data.strings) || !isPackedStringList(data.tagNames)) {
    throw damaged('the document strings do not add up');
  }
  const n = data.kinds.length;
  const { tagIds, listCounts, kinds, flags, lengths, updatedAt, usage } = data;
  if (
    listCounts.length !== n * 2 ||
    flags.length !== n ||
    lengths.length !== n * 3 ||
    updatedAt.length !== n ||
    usage.length !== n
  ) {
    throw damaged('the document columns differ in length');
  }
  const firstString = new Uint32Array(n);
  const firstTag = new Uint32Array(n);
  let s = 0;
  let t = 0;
  for (let i = 0; i < n; i++) {
    if (KINDS[kinds[i]!] === undefined) throw damaged('a document has an unknown kind');
    firstString[i] = s;
    firstTag[i] = t;
    s += 2 + listCounts[i * 2 + 1]! + (flags[i]! & HAS_REVIEW_BY);
    t += listCounts[i * 2]!;
  }
  if (s !== data.strings.ends.length || t !== tagIds.length)
    throw damaged('the document strings do not add up');
  const tagCount = data.tagNames.ends.length;
  for (let k = 0; k < tagIds.length; k++)
    if (tagIds[k]! >= tagCount) throw damaged('a tag is not in the list');
  const columns: DocColumns = {
    strings: new PackedStrings(data.strings),
    tagNames: new PackedStrings(data.tagNames),
    tagIds,
    listCounts,
    flags,
    lengths,
    firstString,
    firstTag,
    store,
  };
  const records: DocRecord[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const record = new LoadedRecord(KINDS[kinds[i]!]!, columns, i);
    if (!Number.isNaN(updatedAt[i]!)) record.updatedAt = updatedAt[i]!;
    if (!Number.isNaN(usage[i]!)) record.usage = usage[i]!;
    records[i] = record;
  }
  return records;
}

function isPackedDocs(value: unknown): value is PackedDocs {
  if (typeof value !== 'object' || value === null) return false;
  const docs = value as Record<string, unknown>;
  return (
    typeof docs.strings === 'object' &&
    typeof docs.tagNames === 'object' &&
    docs.tagIds instanceof Uint32Array &&
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
