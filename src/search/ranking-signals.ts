// Ranking signals besides text relevance: usage, freshness and staleness.
import type { DocRecord } from './doc-table';
import {
  FRESH_BOOST,
  FRESH_HALF_LIFE_DAYS,
  STALE_FACTOR,
  USAGE_BOOST_MAX,
  USAGE_BOOST_PER_DECADE,
} from './weights';

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of an epoch-ms time (UTC). */
export function isoDay(now: number): string {
  const date = new Date(Number.isFinite(now) ? now : Date.now());
  return Number.isNaN(date.getTime()) ? '9999-12-31' : date.toISOString().slice(0, 10);
}

/** A doc is stale once its review date has passed. */
export function isStale(record: DocRecord, today: string): boolean {
  return typeof record.reviewBy === 'string' && record.reviewBy.length > 0 && record.reviewBy < today;
}

/**
 * Multiplier for a doc's relevance: slightly up for much-used and recently updated docs, down for stale ones.
 * The stale factor is below the smallest possible boost ratio, so a stale doc never outranks a fresh twin.
 */
export function signalFactor(record: DocRecord, now: number, today: string): number {
  let factor = 1;
  if (record.usage && record.usage > 0) {
    factor += Math.min(USAGE_BOOST_MAX, USAGE_BOOST_PER_DECADE * Math.log10(1 + record.usage));
  }
  if (record.updatedAt !== undefined && record.updatedAt <= now) {
    const ageDays = (now - record.updatedAt) / DAY_MS;
    factor += FRESH_BOOST * 0.5 ** (ageDays / FRESH_HALF_LIFE_DAYS);
  }
  if (isStale(record, today)) factor *= STALE_FACTOR;
  return factor;
}
