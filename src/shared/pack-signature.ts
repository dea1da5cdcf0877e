// Who wrote a team pack: Ed25519 signatures (docs/pack-format.md). A signed pack carries
// `signatures: [{ alg: "Ed25519", publicKey, signature }]` (both base64: the raw 32-byte public key and
// the 64-byte signature) over the UTF-8 bytes of JSON.stringify(pack) without its `sha256` and
// `signatures` keys. A key is known by its fingerprint: lowercase hex SHA-256 of the raw public key.
// Verification uses WebCrypto only, so the extension (Chrome, Edge, Firefox 129+) and the CLI share it.

export interface PackSignature {
  alg: 'Ed25519';
  publicKey: string;
  signature: string;
}

export type SignatureCheck =
  | { ok: true; signers: string[] }
  | { ok: false; problem: 'malformed' | 'mismatch' | 'unsupported'; fingerprint?: string };

/** Most signatures one pack may carry (a key rotation needs two). */
export const MAX_SIGNATURES = 4;

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string, length: number): Uint8Array | null {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  const raw = atob(text);
  if (raw.length !== length) return null;
  return Uint8Array.from(raw, (char) => char.charCodeAt(0));
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The fingerprint of a raw Ed25519 public key given in base64, or null if it is not one. */
export async function fingerprintOf(publicKey: string): Promise<string | null> {
  const raw = fromBase64(publicKey, 32);
  return raw ? sha256Hex(raw) : null;
}

/** "3f2a 9c01 b7de 41aa": the first 16 hex digits of a fingerprint, for people to compare. */
export function shortFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * A fingerprint as a lead hands it out and an agent types it ("3f2a 9c01 b7de 41aa", or all 64 digits):
 * 16 to 64 hex digits once spaces and colons are taken out, lowercased; null when it is not one.
 */
export function normaliseFingerprint(text: string): string | null {
  const digits = text.replace(/[\s:]+/g, '').toLowerCase();
  return /^[0-9a-f]{16,64}$/.test(digits) ? digits : null;
}

/** The text a signature covers: the pack without `sha256` and `signatures`, keys in their order. */
export function signedText(pack: Record<string, unknown>): string {
  const { sha256: _hash, signatures: _signatures, ...rest } = pack;
  return JSON.stringify(rest);
}

/** True when the pack has a `signatures` key (checked or not). */
export function hasSignatures(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'signatures' in raw;
}

/**
 * Checks every signature of a parsed pack. An unsigned pack is fine here (signers is empty); a pack
 * with any malformed or non-matching signature is not. Signers are fingerprints, in the pack's order.
 */
export async function checkSignatures(raw: Record<string, unknown>): Promise<SignatureCheck> {
  if (!('signatures' in raw)) return { ok: true, signers: [] };
  const list = raw.signatures;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_SIGNATURES) {
    return { ok: false, problem: 'malformed' };
  }
  const message = new TextEncoder().encode(signedText(raw));
  const signers: string[] = [];
  for (const entry of list as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return { ok: false, problem: 'malformed' };
    const { alg, publicKey, signature } = entry as Record<string, unknown>;
    if (alg !== 'Ed25519' || typeof publicKey !== 'string' || typeof signature !== 'string') {
      return { ok: false, problem: 'malformed' };
    }
    const keyBytes = fromBase64(publicKey, 32);
    const signatureBytes = fromBase64(signature, 64);
    if (!keyBytes || !signatureBytes) return { ok: false, problem: 'malformed' };
    const fingerprint = await sha256Hex(keyBytes);
    let key: CryptoKey;
    try {
      key = await crypto.subtle.importKey(
        'raw',
        keyBytes as Uint8Array<ArrayBuffer>,
        { name: 'Ed25519' },
        false,
        ['verify'],
      );
    } catch (error) {
      // Chrome and Edge before 137 have no Ed25519 in WebCrypto: say so rather than call it a forgery.
      if ((error as Error)?.name === 'NotSupportedError')
        return { ok: false, problem: 'unsupported', fingerprint };
      return { ok: false, problem: 'malformed', fingerprint };
    }
    let valid = false;
    try {
      valid = await crypto.subtle.verify(
        { name: 'Ed25519' },
        key,
        signatureBytes as Uint8Array<ArrayBuffer>,
        message,
      );
    } catch {
      valid = false;
    }
    if (!valid) return { ok: false, problem: 'mismatch', fingerprint };
    if (!signers.includes(fingerprint)) signers.push(fingerprint);
  }
  return { ok: true, signers };
}

export type TrustDecision =
  | { ok: true; trusted: string[] }
  | { ok: false; reason: 'unsigned' | 'other-key'; pinned: string[]; signers: string[] };

/**
 * Whether a pack whose signatures checked out may replace the copy of a subscription that trusts
 * `pinned` keys (pinned when the agent subscribed with the lead's fingerprint, or by the first signed
 * copy). Nothing pinned yet: the pack's signers become the pinned keys (none for an unsigned pack). Otherwise one signer must be pinned; then the pack's signers are pinned from now on, which is
 * how a lead rotates keys (one release signed by the old and the new key, then the new key alone).
 */
export function trustDecision(pinned: readonly string[], signers: readonly string[]): TrustDecision {
  if (pinned.length === 0) return { ok: true, trusted: [...signers] };
  if (signers.length === 0) return { ok: false, reason: 'unsigned', pinned: [...pinned], signers: [] };
  // A pin may be a whole fingerprint or (typed by an agent at subscription) its first 16+ digits.
  if (!signers.some((signer) => pinned.some((pin) => signer.startsWith(pin)))) {
    return { ok: false, reason: 'other-key', pinned: [...pinned], signers: [...signers] };
  }
  return { ok: true, trusted: [...signers] };
}
