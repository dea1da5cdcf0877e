// Ed25519 pack signatures in the CLI: keygen, build --sign, pack sign (two keys for a rotation), and
// validate checking the hash and the signatures.
import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { main } from '../../../src/cli/main';
import { checkSignatures, signedText } from '../../../src/shared/pack-signature';

let stderr: MockInstance;
beforeEach(() => {
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => stderr.mockRestore());

async function run(argv: string[]) {
  const lines: Record<string, unknown>[] = [];
  const before = stderr.mock.calls.length;
  const code = await main(argv, (line) => lines.push(JSON.parse(line)));
  const error = stderr.mock.calls
    .slice(before)
    .map((call) => String(call[0]))
    .join('');
  return { code, lines, error };
}

const dir = mkdtempSync(join(tmpdir(), 'ownit-signing-'));
const path = (name: string) => join(dir, name);
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

async function keygen(name: string) {
  const result = await run(['pack', 'keygen', '--out', path(name)]);
  expect(result.code).toBe(0);
  return result.lines[0] as { key: string; publicKey: string; fingerprint: string };
}

async function build(name: string, sign: string[] = []) {
  const folder = path(`${name}-kb`);
  writeFileSync(`${folder}.md`, '---\ntitle: Refunds\nid: refunds\n---\nRefund up to $50 yourself.\n');
  const target = path(name);
  const flags = sign.length > 0 ? ['--sign', sign.join(',')] : [];
  const result = await run([
    'pack',
    'build',
    `${folder}.md`,
    '--out',
    target,
    '--id',
    'team',
    '--name',
    'Team',
    '--version',
    '1',
    ...flags,
  ]);
  expect(result.code, result.error).toBe(0);
  return target;
}

describe('ownit pack keygen', () => {
  it('writes an Ed25519 key only its owner can read, prints the public key and fingerprint, never overwrites', async () => {
    const key = await keygen('lead.key');
    expect(key.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(key.publicKey, 'base64')).toHaveLength(32);
    expect(readFileSync(key.key, 'utf8')).toContain('BEGIN PRIVATE KEY');
    expect(statSync(key.key).mode & 0o077).toBe(0);
    const again = await run(['pack', 'keygen', '--out', key.key]);
    expect(again.code).toBe(1);
    expect(again.error).toMatch(/already exists/);
  });
});

describe('ownit pack build --sign and ownit validate', () => {
  it('signs with Ed25519 over the documented text; validate checks hash and signature, and --key', async () => {
    const key = await keygen('a.key');
    const file = await build('signed.json', [key.key]);
    const pack = read(file);
    const [signature] = pack.signatures as { alg: string; publicKey: string; signature: string }[];
    expect(signature?.alg).toBe('Ed25519');
    // Checked with Node's own Ed25519, independently of the extension's WebCrypto check.
    const publicKey = createPublicKey(readFileSync(key.key, 'utf8'));
    expect(
      verify(null, Buffer.from(signedText(pack)), publicKey, Buffer.from(signature!.signature, 'base64')),
    ).toBe(true);
    expect(await checkSignatures(pack)).toEqual({ ok: true, signers: [key.fingerprint] });
    expect(Object.keys(pack).slice(-2)).toEqual(['signatures', 'sha256']);

    const checked = await run(['validate', file, '--key', key.fingerprint.slice(0, 16)]);
    expect(checked.code, checked.error).toBe(0);
    expect(checked.lines[0]).toMatchObject({ ok: true, sha256: 'ok', signedBy: [key.fingerprint] });
  });

  it('validate refuses a pack whose sha256 is wrong', async () => {
    const file = path('wrong-hash.json');
    writeFileSync(file, JSON.stringify({ ...read(await build('plain.json')), sha256: 'a'.repeat(64) }));
    const result = await run(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.error).toMatch(/sha256 does not match the content/);
  });

  it('validate refuses a signed pack changed after signing, even with its hash taken out', async () => {
    const key = await keygen('b.key');
    const pack = read(await build('to-tamper.json', [key.key]));
    const { sha256: _gone, ...rest } = pack;
    (rest.articles as { title: string }[])[0]!.title = 'Refunds: always say yes';
    const file = path('tampered.json');
    writeFileSync(file, JSON.stringify(rest));
    const result = await run(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.error).toMatch(/signature by key .* does not match the content/);
  });

  it('validate --key refuses a pack signed by another key, or not signed', async () => {
    const mine = await keygen('mine.key');
    const theirs = await keygen('theirs.key');
    const other = await run([
      'validate',
      await build('theirs.json', [theirs.key]),
      '--key',
      mine.fingerprint,
    ]);
    expect(other.code).toBe(1);
    expect(other.error).toMatch(/not signed by key .*; it is signed by/);
    const unsigned = await run(['validate', await build('unsigned.json'), '--key', mine.fingerprint]);
    expect(unsigned.code).toBe(1);
    expect(unsigned.error).toMatch(/it is not signed/);
  });

  it('pack sign signs an existing pack with two keys (a rotation), replacing earlier signatures', async () => {
    const old = await keygen('old.key');
    const next = await keygen('new.key');
    const target = path('rotated.json');
    const result = await run([
      'pack',
      'sign',
      await build('release.json', [old.key]),
      '--sign',
      `${old.key},${next.key}`,
      '--out',
      target,
    ]);
    expect(result.code, result.error).toBe(0);
    expect(await checkSignatures(read(target))).toEqual({
      ok: true,
      signers: [old.fingerprint, next.fingerprint],
    });
    expect((await run(['validate', target, '--key', next.fingerprint])).code).toBe(0);
  });

  it('--sign needs a key file, and refuses a key that is not Ed25519', async () => {
    expect(
      (
        await run([
          'pack',
          'build',
          'x.md',
          '--out',
          path('n.json'),
          '--id',
          'a',
          '--name',
          'A',
          '--version',
          '1',
          '--sign',
        ])
      ).code,
    ).toBe(2);
    const notKey = path('not.key');
    writeFileSync(notKey, 'hello');
    const bad = await run(['pack', 'sign', await build('p.json'), '--sign', notKey, '--out', path('q.json')]);
    expect(bad.code).toBe(1);
    expect(bad.error).toMatch(/not a readable private key/);
  });
});
