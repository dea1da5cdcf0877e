// A team pack's shipped meaning vectors (src/meaning/shipped-vectors.ts): before the pack's items are
// written, the worker fetches the vectors file named by the pack's `meaning` key (same folder, same
// address rules and a cap of what the pack's items can need), checks its size and SHA-256, and stores the
// vectors whose stamp matches the item as this extension reads it. The meaning host then finds them and
// embeds only what is missing or changed. Anything wrong with the vectors leaves the pack to sync as a
// pack without them: it never fails the sync.
import {
  decodeShippedVectors,
  MEANING_MODEL,
  maxVectorBytes,
  meaningDocsOfPack,
} from '../meaning/shipped-vectors';
import type { Pack, PackMeaning } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import type { MeaningDatabase, VectorRow } from '../storage/meaning-db';
import { packSource } from '../storage/packs';
import { type FetchLike, fetchBytes } from './pack-sync-fetch';

/** The vectors file may take longer than a pack: it is larger. */
export const VECTORS_TIMEOUT_MS = 120_000;
/**
 * When only this few items of a large pack lack vectors (an update that changed a few articles), the
 * meaning host embeds them in a few seconds: cheaper than downloading the whole file again.
 */
export const EMBED_LOCALLY_AT_MOST = 16;

export type VectorsOutcome =
  | { state: 'none' }
  | { state: 'other-model'; model: string }
  /** Every item already had vectors, or so few lacked them that the host embeds them. */
  | { state: 'not-needed'; missing: number }
  | { state: 'stored'; stored: number; missing: number }
  | { state: 'refused'; message: string };

export interface VectorsDeps {
  fetch: FetchLike;
  timeoutMs?: number;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as unknown as ArrayBuffer);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Stores the shipped vectors of `pack` (fetched from `packAddress`'s folder) for the items this
 * subscription will hold; never throws.
 */
export function storeShippedVectors(
  db: OwnItDatabase,
  vectors: MeaningDatabase,
  subscriptionId: string,
  packAddress: string,
  pack: Pack,
  deps: VectorsDeps,
): Promise<VectorsOutcome> {
  return storeVectorsOf(db, vectors, packSource(subscriptionId), pack, async (meaning) => {
    const fetched = await fetchBytes(new URL(meaning.file, packAddress).href, {
      fetch: deps.fetch,
      maxBytes: meaning.bytes,
      timeoutMs: deps.timeoutMs ?? VECTORS_TIMEOUT_MS,
    });
    if (fetched.kind === 'not-modified') return { refused: 'the server answered 304' };
    if (fetched.kind === 'failed') return { refused: fetched.message };
    return fetched.bytes;
  });
}

/**
 * Stores the vectors of `pack`'s items that items of `source` will hold (an item of another source, or
 * one edited here, keeps its own), reading the file with `load` only when enough of them lack vectors.
 * Never throws.
 */
export async function storeVectorsOf(
  db: OwnItDatabase,
  vectors: MeaningDatabase,
  source: string,
  pack: Pack,
  load: (meaning: PackMeaning) => Promise<Uint8Array | { refused: string }>,
): Promise<VectorsOutcome> {
  const meaning = pack.meaning;
  if (!meaning) return { state: 'none' };
  if (meaning.model !== MEANING_MODEL) return { state: 'other-model', model: meaning.model };
  try {
    const docs = meaningDocsOfPack(pack);
    const tables = { article: db.articles, playbook: db.playbooks, snippet: db.snippets } as const;
    const stored = new Map<string, { source: string; editedLocally?: boolean } | undefined>();
    for (const kind of ['article', 'playbook', 'snippet'] as const) {
      const ids = docs.filter((doc) => doc.kind === kind).map((doc) => doc.id);
      const items = await (tables[kind] as typeof db.articles).bulkGet(ids);
      ids.forEach((id, i) => {
        stored.set(`${kind}:${id}`, items[i]);
      });
    }
    const ours = docs.filter((doc) => {
      const item = stored.get(`${doc.kind}:${doc.id}`);
      return !item || (item.source === source && !item.editedLocally);
    });
    const rows = await vectors.vectors.bulkGet(ours.map((doc) => doc.id));
    const missing = ours.filter((doc, i) => rows[i]?.stamp !== doc.stamp);
    if (missing.length === 0 || (missing.length <= EMBED_LOCALLY_AT_MOST && missing.length < ours.length))
      return { state: 'not-needed', missing: missing.length };
    if (meaning.bytes > maxVectorBytes(docs.length))
      return { state: 'refused', message: `the vectors file is larger than ${docs.length} items can need` };
    const bytes = await load(meaning);
    if (!(bytes instanceof Uint8Array)) return { state: 'refused', message: bytes.refused };
    if (bytes.length !== meaning.bytes)
      return { state: 'refused', message: 'the vectors file is not the size the pack says' };
    if ((await sha256Hex(bytes)) !== meaning.sha256)
      return { state: 'refused', message: 'the vectors file does not match its sha256' };
    const decoded = decodeShippedVectors(bytes);
    if (!decoded.ok) return { state: 'refused', message: decoded.message };
    if (decoded.vectors.model !== MEANING_MODEL)
      return { state: 'refused', message: 'the vectors file names another model than the pack' };
    const shipped = new Map(decoded.vectors.items.map((item) => [`${item.kind}:${item.id}`, item]));
    const puts: VectorRow[] = [];
    for (const doc of missing) {
      const item = shipped.get(`${doc.kind}:${doc.id}`);
      // Only vectors made from exactly the phrases this extension reads from the item.
      if (item?.stamp === doc.stamp)
        puts.push({ id: doc.id, stamp: doc.stamp, codes: item.codes, scales: item.scales });
    }
    if (puts.length > 0) await vectors.vectors.bulkPut(puts);
    return { state: 'stored', stored: puts.length, missing: missing.length };
  } catch (error) {
    return { state: 'refused', message: error instanceof Error ? error.message : String(error) };
  }
}
