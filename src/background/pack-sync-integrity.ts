// Optional pack integrity. A pack may carry `sha256`: the lowercase hex SHA-256 of the UTF-8 bytes of
// `JSON.stringify(pack)` with the `sha256` key removed (keys in the order they were parsed, no spaces).
// `ownit pack build --sign` computes it by the same definition.

import { t } from '../shared/i18n';

export type IntegrityResult = { ok: true; signed: boolean } | { ok: false; message: string };

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Checks the `sha256` field of a parsed pack, if it has one. */
export async function checkIntegrity(raw: unknown): Promise<IntegrityResult> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('sha256' in raw)) {
    return { ok: true, signed: false };
  }
  const { sha256: expected, ...rest } = raw as Record<string, unknown>;
  if (typeof expected !== 'string' || !/^[0-9a-f]{64}$/.test(expected)) {
    return { ok: false, message: t('packSyncShaMalformed') };
  }
  const actual = await sha256Hex(JSON.stringify(rest));
  if (actual !== expected) {
    return {
      ok: false,
      message: t('packSyncShaMismatch', expected.slice(0, 12), actual.slice(0, 12)),
    };
  }
  return { ok: true, signed: true };
}
