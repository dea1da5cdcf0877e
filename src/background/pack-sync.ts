// Syncing team-pack subscriptions: fetch (pack-sync-fetch.ts), check integrity (pack-sync-integrity.ts)
// and the format (parsePack), then apply in one transaction (src/storage/packs.ts). Any failure keeps the
// items of the last good copy and records why on the subscription. Fetch and clock are injected.

import { t } from '../shared/i18n';
import { MAX_PACK_DEPTH, nestsDeeperThan } from '../shared/json-depth';
import type { Pack } from '../shared/model';
import { parsePack } from '../shared/pack-schema';
import { checkSignatures, shortFingerprint, trustDecision } from '../shared/pack-signature';
import { BULK_CHANGE } from '../storage/change-log';
import type { OwnItDatabase } from '../storage/db';
import type { MeaningDatabase } from '../storage/meaning-db';
import { type ApplyOutcome, applyPack, recordAttempt } from '../storage/packs';
import { type BackgroundBuild, writeThenIndex } from '../storage/search-save';
import { type FetchLike, fetchPack } from './pack-sync-fetch';
import { checkIntegrity } from './pack-sync-integrity';
import { storeShippedVectors, type VectorsOutcome } from './pack-sync-vectors';

export interface SyncDeps {
  fetch: FetchLike;
  now(): number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Where shipped meaning vectors go (the worker's `ownit-meaning`); without it they are not fetched. */
  vectors?: MeaningDatabase;
}

export type SyncResult =
  | { id: string; status: 'ok'; changed: false }
  | {
      id: string;
      status: 'ok';
      changed: true;
      outcome: ApplyOutcome;
      vectors?: VectorsOutcome;
      /** The search index built and stored after the items were written (none when none changed). */
      index?: BackgroundBuild;
    }
  | { id: string; status: 'error'; problem: 'unreachable' | 'rejected'; message: string };

/**
 * Turns fetched text into a validated pack and the fingerprints of the keys that signed it (none for an
 * unsigned pack), or says why it is refused.
 */
export async function readPack(
  text: string,
): Promise<{ ok: true; pack: Pack; signers: string[] } | { ok: false; message: string }> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: t('packSyncNotJson', error instanceof Error ? error.message : String(error)),
    };
  }
  // Bounded before anything walks it recursively (the hash serialises it, the schema reads it).
  if (nestsDeeperThan(raw, MAX_PACK_DEPTH))
    return { ok: false, message: t('packSyncTooDeep', MAX_PACK_DEPTH) };
  const integrity = await checkIntegrity(raw);
  if (!integrity.ok) return { ok: false, message: integrity.message };
  const signed = await checkSignatures(raw as Record<string, unknown>);
  if (!signed.ok) {
    return {
      ok: false,
      message:
        signed.problem === 'malformed'
          ? t('packSyncSignatureMalformed')
          : signed.problem === 'unsupported'
            ? t('packSyncSignatureUnsupported')
            : t('packSyncSignatureMismatch', shortFingerprint(signed.fingerprint ?? '')),
    };
  }
  const parsed = parsePack(raw);
  if (!parsed.ok) {
    // The format's own problems (shared with the `ownit` command line) stay in English.
    const problems = parsed.errors.slice(0, 3).join('; ');
    const more = parsed.errors.length - 3;
    return {
      ok: false,
      message: more > 0 ? t('packSyncInvalidMore', problems, more) : t('packSyncInvalid', problems),
    };
  }
  return { ok: true, pack: parsed.pack, signers: signed.signers };
}

/**
 * Syncs one subscription; null when there is no such subscription. Never throws: whatever goes wrong is
 * recorded on that subscription alone.
 */
export async function syncSubscription(
  db: OwnItDatabase,
  id: string,
  deps: SyncDeps,
): Promise<SyncResult | null> {
  try {
    return await syncOnce(db, id, deps);
  } catch (error) {
    const message = t('packSyncFailed', error instanceof Error ? error.message : String(error));
    try {
      await recordAttempt(db, id, deps.now(), { problem: 'rejected', message });
    } catch {
      // The database itself failed: the result still says why.
    }
    return { id, status: 'error', problem: 'rejected', message };
  }
}

async function syncOnce(db: OwnItDatabase, id: string, deps: SyncDeps): Promise<SyncResult | null> {
  const subscription = await db.packs.get(id);
  if (!subscription) return null;
  const fetched = await fetchPack(subscription.url, {
    fetch: deps.fetch,
    // Without an applied copy a 304 would leave nothing to show: ask for the whole pack.
    etag: subscription.applied ? subscription.etag : undefined,
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
    ...(deps.maxBytes === undefined ? {} : { maxBytes: deps.maxBytes }),
  });
  const fail = async (problem: 'unreachable' | 'rejected', message: string): Promise<SyncResult> => {
    await recordAttempt(db, id, deps.now(), { problem, message });
    return { id, status: 'error', problem, message };
  };
  if (fetched.kind === 'failed') return fail(fetched.problem, fetched.message);
  if (fetched.kind === 'not-modified') {
    await recordAttempt(db, id, deps.now());
    return { id, status: 'ok', changed: false };
  }
  const read = await readPack(fetched.text);
  if (!read.ok) return fail('rejected', read.message);
  // The keys pinned by an earlier signed copy decide; the first signed copy pins its keys.
  const trust = trustDecision(subscription.trustedKeys ?? [], read.signers);
  if (!trust.ok) {
    const pinned = trust.pinned.map(shortFingerprint).join(', ');
    return fail(
      'rejected',
      trust.reason === 'unsigned'
        ? t('packSyncUnsigned', pinned)
        : t('packSyncOtherKey', trust.signers.map(shortFingerprint).join(', '), pinned),
    );
  }
  // Vectors first: the meaning host, seeing the new items, then finds theirs and embeds none of them.
  const vectors = deps.vectors
    ? await storeShippedVectors(db, deps.vectors, id, subscription.url, read.pack, { fetch: deps.fetch })
    : undefined;
  // The search index is built and stored here once the items are written, so that the first panel
  // opened after the sync reads it instead of building it (docs/architecture.md, "Search").
  const { result: outcome, build } = await writeThenIndex(
    db,
    () => applyPack(db, id, read.pack, { etag: fetched.etag, now: deps.now(), trustedKeys: trust.trusted }),
    // Fewer changes are logged item by item and re-indexed by the panel on top of its snapshot.
    (applied) =>
      applied !== null &&
      applied.added + applied.updated + applied.removed + applied.keptAsYours > BULK_CHANGE,
    { now: deps.now, owner: 'worker' },
  );
  if (!outcome) return null;
  return {
    id,
    status: 'ok',
    changed: true,
    outcome,
    ...(vectors ? { vectors } : {}),
    ...(build ? { index: build } : {}),
  };
}

/** Syncs every subscription, one after another; one failing does not stop the others. */
export async function syncAll(db: OwnItDatabase, deps: SyncDeps): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  for (const { id } of await db.packs.toArray()) {
    const result = await syncSubscription(db, id, deps);
    if (result) results.push(result);
  }
  return results;
}
