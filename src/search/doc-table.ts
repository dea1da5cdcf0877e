// The per-document facts the index keeps besides postings: display fields, ranking signals, field lengths.
import { markdownToPlainText } from './plain-text';
import type { DocKind, SearchDoc } from './types';

/** Field numbers used throughout the engine. */
export const TITLE = 0;
export const TAGS = 1;
export const BODY = 2;
export const FIELD_COUNT = 3;

/** How much of a body's plain text is kept for excerpts (the full body is indexed, not stored). */
export const EXCERPT_SOURCE_CHARS = 600;

export interface DocRecord {
  id: string;
  kind: DocKind;
  title: string;
  /** Lowercased tags, for the tag filter. */
  tags: string[];
  keywords: string[];
  reviewBy?: string;
  updatedAt?: number;
  usage?: number;
  /** Word counts of title, tags+keywords and body. */
  lengths: [number, number, number];
  /** The start of the body as plain text. */
  text: string;
}

export function recordOf(doc: SearchDoc, plainBody: string, lengths: [number, number, number]): DocRecord {
  const record: DocRecord = {
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    tags: doc.tags.map((tag) => tag.toLowerCase()),
    keywords: [...doc.keywords],
    lengths,
    text: plainBody.slice(0, EXCERPT_SOURCE_CHARS),
  };
  if (doc.reviewBy) record.reviewBy = doc.reviewBy;
  if (typeof doc.updatedAt === 'number' && Number.isFinite(doc.updatedAt)) record.updatedAt = doc.updatedAt;
  if (typeof doc.usage === 'number' && Number.isFinite(doc.usage)) record.usage = doc.usage;
  return record;
}

export function plainBodyOf(doc: SearchDoc): string {
  return markdownToPlainText(doc.body ?? '');
}

/** Documents by number. Removing leaves a hole (null) until the owner compacts the numbering. */
export class DocTable {
  readonly records: (DocRecord | null)[];
  /** Word counts by field, then by document number (kept apart from records for the scoring loop). */
  readonly fieldLengths: [number[], number[], number[]] = [[], [], []];
  /** Id → number; built when first asked for (a loaded snapshot may never need it). */
  private idNumbers: Map<string, number> | null = new Map();
  private readonly lengthTotals = [0, 0, 0];
  private live = 0;

  get liveCount(): number {
    return this.live;
  }

  get holeCount(): number {
    return this.records.length - this.live;
  }

  /** Number the next added document will get. */
  get nextNumber(): number {
    return this.records.length;
  }

  constructor(records: DocRecord[] = []) {
    this.records = records;
  }

  /**
   * A table over loaded records, numbered in order (a snapshot has no holes); `lengths` holds their
   * lengths, three a record, as the snapshot does.
   */
  static loaded(records: DocRecord[], lengths3: Uint32Array): DocTable {
    const table = new DocTable(records);
    const n = records.length;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const lengths = new Array<number>(n);
      let total = 0;
      for (let doc = 0; doc < n; doc++) {
        const length = lengths3[doc * 3 + f]!;
        lengths[doc] = length;
        total += length;
      }
      table.fieldLengths[f] = lengths;
      table.lengthTotals[f] = total;
    }
    table.live = n;
    table.idNumbers = null;
    return table;
  }

  numberOf(id: string): number | undefined {
    return this.numberOfId.get(id);
  }

  private get numberOfId(): Map<string, number> {
    if (!this.idNumbers) {
      this.idNumbers = new Map();
      this.records.forEach((record, doc) => {
        if (record) this.idNumbers!.set(record.id, doc);
      });
    }
    return this.idNumbers;
  }

  get(doc: number): DocRecord | null {
    return this.records[doc] ?? null;
  }

  add(record: DocRecord): number {
    const doc = this.records.length;
    this.records.push(record);
    this.numberOfId.set(record.id, doc);
    for (let f = 0; f < FIELD_COUNT; f++) {
      this.lengthTotals[f]! += record.lengths[f]!;
      this.fieldLengths[f]!.push(record.lengths[f]!);
    }
    this.live++;
    return doc;
  }

  remove(id: string): boolean {
    const doc = this.numberOfId.get(id);
    if (doc === undefined) return false;
    const record = this.records[doc];
    if (record) {
      for (let f = 0; f < FIELD_COUNT; f++) this.lengthTotals[f]! -= record.lengths[f]!;
    }
    this.records[doc] = null;
    this.numberOfId.delete(id);
    this.live--;
    return true;
  }

  averageLength(field: number): number {
    return this.live === 0 ? 1 : Math.max(1, this.lengthTotals[field]! / this.live);
  }

  /** Closes the holes; returns old number → new number (null for removed docs). */
  compact(): (doc: number) => number | null {
    const mapping = new Int32Array(this.records.length).fill(-1);
    const kept: DocRecord[] = [];
    this.records.forEach((record, doc) => {
      if (record) {
        mapping[doc] = kept.length;
        kept.push(record);
      }
    });
    this.records.length = 0;
    this.numberOfId.clear();
    for (const lengths of this.fieldLengths) lengths.length = 0;
    for (const record of kept) {
      this.numberOfId.set(record.id, this.records.length);
      this.records.push(record);
      for (let f = 0; f < FIELD_COUNT; f++) this.fieldLengths[f]!.push(record.lengths[f]!);
    }
    return (doc) => {
      const next = mapping[doc] ?? -1;
      return next < 0 ? null : next;
    };
  }
}
