// `--vectors` for `ownit pack build` and `ownit import`: embeds the pack's items once, here, and writes
// their meaning vectors beside the pack (`team.json` → `team.vectors`), referenced by the pack's `meaning`
// key with the file's size and SHA-256 (docs/pack-format.md). Items whose phrases did not change since the
// vectors file already there was written keep their vectors: only new or changed items are embedded.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { embedDocs } from '../meaning/knowledge';
import { nodeEncoder } from '../meaning/node-encoder';
import {
  decodeShippedVectors,
  encodeShippedVectors,
  MEANING_MODEL,
  meaningDocsOfPack,
  type ShippedItem,
} from '../meaning/shipped-vectors';
import type { Pack } from '../shared/model';

/** Items embedded per model round; progress is reported after each. */
const CHUNK = 100;

/** The vectors file's name for a pack written to `out`: same folder, `.vectors` for `.json`. */
export function vectorsFileName(out: string): string {
  const name = basename(out).replace(/\.json$/i, '');
  return `${name.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'pack'}.vectors`;
}

async function previousVectors(path: string): Promise<Map<string, ShippedItem>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return new Map();
  }
  const decoded = decodeShippedVectors(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!decoded.ok || decoded.vectors.model !== MEANING_MODEL) return new Map();
  return new Map(decoded.vectors.items.map((item) => [`${item.kind}:${item.id}:${item.stamp}`, item]));
}

export interface VectorsOutcome {
  pack: Pack;
  file: string;
  items: number;
  embedded: number;
  reused: number;
  bytes: number;
}

/**
 * Writes the vectors file for `pack` (to be written at `out`) and returns the pack with its `meaning`
 * key. `progress` hears how many items are done.
 */
export async function attachVectors(
  pack: Pack,
  out: string,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<VectorsOutcome> {
  const file = vectorsFileName(out);
  const path = join(dirname(out), file);
  const previous = await previousVectors(path);
  const docs = meaningDocsOfPack(pack);
  const items: ShippedItem[] = new Array(docs.length);
  const missing: number[] = [];
  docs.forEach((doc, i) => {
    const kept = previous.get(`${doc.kind}:${doc.id}:${doc.stamp}`);
    if (kept) items[i] = kept;
    else missing.push(i);
  });
  if (missing.length > 0) {
    const encoder = await nodeEncoder();
    for (let start = 0; start < missing.length; start += CHUNK) {
      const chunk = missing.slice(start, start + CHUNK);
      const vectors = await embedDocs(
        encoder,
        chunk.map((i) => docs[i]!.doc),
      );
      chunk.forEach((i, k) => {
        const doc = docs[i]!;
        items[i] = { kind: doc.kind, id: doc.id, stamp: doc.stamp, ...vectors[k]! };
      });
      progress(Math.min(start + CHUNK, missing.length), missing.length);
    }
  }
  // An item with no phrase at all (an empty title cannot pass the schema, so none in practice) is left out.
  const shipped = items.filter((item) => item.scales.length > 0);
  const bytes = encodeShippedVectors({ model: MEANING_MODEL, items: shipped });
  await writeFile(path, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { meaning: _old, ...rest } = pack;
  return {
    pack: { ...rest, meaning: { model: MEANING_MODEL, file, bytes: bytes.length, sha256 } },
    file: path,
    items: shipped.length,
    embedded: missing.length,
    reused: docs.length - missing.length,
    bytes: bytes.length,
  };
}

/** Embedding thousands of items takes minutes: say how far it got, on stderr. */
export function progress(done: number, total: number): void {
  process.stderr.write(`vectors: ${done} of ${total} items embedded\n`);
}

export function vectorsSummary(vectors: VectorsOutcome) {
  return {
    file: vectors.file,
    items: vectors.items,
    embedded: vectors.embedded,
    reused: vectors.reused,
    bytes: vectors.bytes,
  };
}
