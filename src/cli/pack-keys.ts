// Signing keys for team packs (Node only): `ownit pack keygen` writes an Ed25519 private key as a
// PKCS#8 PEM file readable only by its owner, and `--sign <key>` signs with one or more such files.
// The signature format and its check live in src/shared/pack-signature.ts.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { signPack } from '../export/pack-hash';
import { fingerprintOf, type PackSignature, signedText, toBase64 } from '../shared/pack-signature';
import { CliError } from './cli-error';

export interface SigningKey {
  file: string;
  privateKey: KeyObject;
  /** Base64 of the raw 32-byte public key. */
  publicKey: string;
  fingerprint: string;
}

function rawPublicKey(privateKey: KeyObject): string {
  const der = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return toBase64(new Uint8Array(der.subarray(der.length - 32)));
}

/** Writes a new key to `file` (never over an existing file); returns its public key and fingerprint. */
export async function generateKeyFile(file: string): Promise<{ publicKey: string; fingerprint: string }> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  try {
    await writeFile(file, pem, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CliError(`${file} already exists; keygen never overwrites a key. Choose another --out.`);
    }
    throw error;
  }
  const publicKey = rawPublicKey(privateKey);
  return { publicKey, fingerprint: (await fingerprintOf(publicKey))! };
}

export async function loadSigningKey(file: string): Promise<SigningKey> {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError(`${file} is not a readable private key (${(error as Error).message}).`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new CliError(
      `${file} is a ${privateKey.asymmetricKeyType} key; packs are signed with Ed25519 (ownit pack keygen).`,
    );
  }
  const publicKey = rawPublicKey(privateKey);
  return { file, privateKey, publicKey, fingerprint: (await fingerprintOf(publicKey))! };
}

/** `--sign a.key` or `--sign old.key,new.key` (a key rotation signs one release with both). */
export function keyFiles(flag: string): string[] {
  return flag
    .split(',')
    .map((file) => file.trim())
    .filter((file) => file !== '');
}

/**
 * The pack signed by every key (replacing any earlier signatures), with `sha256` last: the signatures
 * cover the content, the hash covers content and signatures.
 */
export async function signPackWith(
  pack: Record<string, unknown>,
  keys: readonly SigningKey[],
): Promise<Record<string, unknown>> {
  const { sha256: _hash, signatures: _old, ...content } = pack;
  const message = Buffer.from(signedText(content), 'utf8');
  const signatures: PackSignature[] = keys.map((key) => ({
    alg: 'Ed25519',
    publicKey: key.publicKey,
    signature: toBase64(new Uint8Array(sign(null, message, key.privateKey))),
  }));
  return signPack({ ...content, signatures });
}
