// What shipping vectors costs in recall: suggestions on the held-out half of the labelled messages (odd
// positions, as in the suggest section) with the articles' phrase vectors kept three ways, each message
// embedded once and scored against all three: full 32-bit numbers, one signed byte a number as the
// extension stores them, and those bytes written to a pack's vectors file and read back
// (src/meaning/shipped-vectors.ts). `npm run eval -- --section quantised`.
import { hasMeaning, meaningText, wordCandidates } from '../meaning/knowledge';
import {
  blendCloseness,
  CENTRE_CANDIDATES,
  CLOSENESS_MIX,
  DIMENSIONS,
  MeaningIndex,
  phrasePart,
  quantize,
} from '../meaning/meaning-index';
import { nodeEncoder } from '../meaning/node-encoder';
import { meaningPhrases } from '../meaning/phrases';
import {
  decodeShippedVectors,
  encodeShippedVectors,
  MEANING_MODEL,
  type ShippedItem,
} from '../meaning/shipped-vectors';
import { type SearchDoc, SearchIndex } from '../search';
import { stampOf } from '../storage/meaning-db';
import { round } from './bench-stats';
import type { LabelledMessage } from './eval-suggest';

interface FloatEntry {
  phrases: Float32Array[];
  centre: Float32Array;
}

const dot = (a: Float32Array, b: Float32Array) => {
  let sum = 0;
  for (let i = 0; i < DIMENSIONS; i++) sum += a[i]! * b[i]!;
  return sum;
};

/** MeaningIndex's closeness with nothing rounded: the reference the byte forms are compared with. */
function floatCloseness(entries: Map<string, FloatEntry>, query: Float32Array, wanted: string[]) {
  const ids = [...entries.keys()];
  const slots = new Map(ids.map((id, slot) => [id, slot]));
  const scores = Float64Array.from(ids, (id) => dot(query, entries.get(id)!.centre));
  return blendCloseness(
    { ids, scores, slotOf: (id) => slots.get(id) },
    entries,
    wanted,
    CENTRE_CANDIDATES,
    (entry) =>
      phrasePart(
        entry.phrases.map((phrase) => dot(query, phrase)),
        CLOSENESS_MIX,
      ),
  );
}

function centreOf(phrases: Float32Array[]): Float32Array {
  const centre = new Float32Array(DIMENSIONS);
  for (const phrase of phrases) for (let i = 0; i < DIMENSIONS; i++) centre[i]! += phrase[i]!;
  const norm = Math.sqrt(dot(centre, centre)) || 1;
  for (let i = 0; i < DIMENSIONS; i++) centre[i]! /= norm;
  return centre;
}

export interface QuantisedRow {
  vectors: string;
  holdout: { at1: number; at3: number; n: number };
}

export async function evaluateQuantised(
  docs: SearchDoc[],
  messages: LabelledMessage[],
): Promise<{ rows: QuantisedRow[]; shippedBytes: number }> {
  const encoder = await nodeEncoder();
  const index = SearchIndex.build(docs);
  const floats = new Map<string, FloatEntry>();
  const bytes = new MeaningIndex();
  const items: ShippedItem[] = [];
  for (const doc of docs) {
    const phrases = meaningPhrases(doc);
    const vectors = await encoder.embed(phrases);
    floats.set(doc.id, { phrases: vectors, centre: centreOf(vectors) });
    const quantised = quantize(vectors);
    bytes.set(doc.id, quantised);
    items.push({ kind: 'article', id: doc.id, stamp: stampOf(phrases), ...quantised });
  }
  const file = encodeShippedVectors({ model: MEANING_MODEL, items });
  const decoded = decodeShippedVectors(file);
  if (!decoded.ok) throw new Error(`vectors file: ${decoded.message}`);
  const shipped = new MeaningIndex();
  for (const item of decoded.vectors.items) shipped.set(item.id, item);

  const variants: [string, (query: Float32Array, wanted: string[]) => Map<string, number>][] = [
    ['32-bit floats', (query, wanted) => floatCloseness(floats, query, wanted)],
    // What `ownit suggest`, the eval's suggest section and the extension compute (closenessOf).
    ['bytes (stored)', (query, wanted) => bytes.closeness(query, wanted)],
    ['bytes (shipped file)', (query, wanted) => shipped.closeness(query, wanted)],
  ];
  const counts = variants.map(() => ({ at1: 0, at3: 0, n: 0 }));
  for (let i = 1; i < messages.length; i += 2) {
    const { text, expect } = messages[i]!;
    const wanted = wordCandidates(index, text);
    const [query] = hasMeaning(text) ? await encoder.embed([meaningText(text)]) : [];
    variants.forEach(([, closeness], v) => {
      const meaning = query ? closeness(query, wanted) : new Map<string, number>();
      const ids = index.suggest(text, { limit: 3, meaning }).map((hit) => hit.id);
      const tally = counts[v]!;
      tally.n++;
      if (ids[0] === expect) tally.at1++;
      if (ids.includes(expect)) tally.at3++;
    });
  }
  return {
    rows: variants.map(([name], v) => {
      const t = counts[v]!;
      return { vectors: name, holdout: { at1: round(t.at1 / t.n, 4), at3: round(t.at3 / t.n, 4), n: t.n } };
    }),
    shippedBytes: file.length,
  };
}
