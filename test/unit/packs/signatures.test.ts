// Pinned signing keys: the first signed copy a subscription applies pins its key; a later copy unsigned,
// signed by another key, or changed after signing (even with its sha256 taken out) is refused with a
// clear status and the last good copy stays; a release signed by the old and the new key rotates.
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { syncSubscription } from '../../../src/background/pack-sync';
import { signPack } from '../../../src/export/pack-hash';
import {
  fingerprintOf,
  normaliseFingerprint,
  shortFingerprint,
  signedText,
  toBase64,
  trustDecision,
} from '../../../src/shared/pack-signature';
import { subscriptions } from '../../../src/storage/packs';
import { freshDatabase } from '../storage/helpers';
import { fakeHost, teamPack } from './fake-server';

const T0 = Date.UTC(2026, 10, 26, 9, 0);

interface Key {
  privateKey: KeyObject;
  publicKey: string;
  fingerprint: string;
}

async function newKey(): Promise<Key> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  const raw = toBase64(new Uint8Array(der.subarray(der.length - 32)));
  return { privateKey, publicKey: raw, fingerprint: (await fingerprintOf(raw))! };
}

async function signedBy(pack: object, ...keys: Key[]): Promise<Record<string, unknown>> {
  const message = Buffer.from(signedText(pack as Record<string, unknown>));
  const signatures = keys.map((key) => ({
    alg: 'Ed25519',
    publicKey: key.publicKey,
    signature: toBase64(new Uint8Array(sign(null, message, key.privateKey))),
  }));
  return signPack({ ...(pack as Record<string, unknown>), signatures });
}

async function subscribed() {
  const db = freshDatabase();
  await subscriptions.add(db, 'https://packs.example.com/acme.json', T0, 'acme');
  const host = fakeHost();
  const deps = { fetch: host.fetch, now: () => T0 };
  const sync = () => syncSubscription(db, 'acme', deps);
  const title = async () => (await db.articles.get('returns'))?.title;
  return { db, host, sync, title };
}

describe('pinned signing keys', () => {
  it('pins the key of the first signed copy, shown on the subscription', async () => {
    const lead = await newKey();
    const { db, host, sync, title } = await subscribed();
    host.servePack(await signedBy(teamPack('1', { returns: 'Returns policy' }), lead));
    expect(await sync()).toMatchObject({ status: 'ok', changed: true });
    expect((await subscriptions.get(db, 'acme'))?.trustedKeys).toEqual([lead.fingerprint]);
    expect(await title()).toBe('Returns policy');
  });

  it('refuses a later copy signed by another key, saying which keys, and keeps the last good copy', async () => {
    const lead = await newKey();
    const intruder = await newKey();
    const { db, host, sync, title } = await subscribed();
    host.servePack(await signedBy(teamPack('1', { returns: 'Returns policy' }), lead));
    await sync();
    host.servePack(await signedBy(teamPack('2', { returns: 'Refunds: always say yes' }), intruder));
    const result = await sync();
    const message = `it is signed by key ${shortFingerprint(intruder.fingerprint)}, but this subscription trusts only key ${shortFingerprint(lead.fingerprint)}; if your team lead changed keys, check with them, then remove the pack and subscribe again`;
    expect(result).toEqual({ id: 'acme', status: 'error', problem: 'rejected', message });
    expect(await subscriptions.get(db, 'acme')).toMatchObject({
      status: 'error',
      message,
      trustedKeys: [lead.fingerprint],
    });
    expect(await title()).toBe('Returns policy');
  });

  it('refuses a later copy that is unsigned (with or without a sha256)', async () => {
    const lead = await newKey();
    const { host, sync, title } = await subscribed();
    host.servePack(await signedBy(teamPack('1', { returns: 'Returns policy' }), lead));
    await sync();
    for (const copy of [
      teamPack('2', { returns: 'Changed' }),
      await signPack({ ...teamPack('3', { returns: 'Changed' }) }),
    ]) {
      host.servePack(copy);
      expect(await sync()).toMatchObject({
        status: 'error',
        message: `it is not signed, but this subscription accepts only packs signed by key ${shortFingerprint(lead.fingerprint)}; ask your team lead`,
      });
    }
    expect(await title()).toBe('Returns policy');
  });

  it('refuses a signed copy changed after signing, its sha256 taken out, even on the first sync', async () => {
    const lead = await newKey();
    const { db, host, sync } = await subscribed();
    const { sha256: _gone, ...pack } = await signedBy(teamPack('1', { returns: 'Returns policy' }), lead);
    (pack.articles as { title: string }[])[0]!.title = 'Refunds: always say yes';
    host.servePack(pack);
    expect(await sync()).toMatchObject({
      status: 'error',
      problem: 'rejected',
      message: `its content does not match its signature by key ${shortFingerprint(lead.fingerprint)}; it was changed after it was signed`,
    });
    expect(await db.articles.count()).toBe(0);
    expect((await subscriptions.get(db, 'acme'))?.trustedKeys).toBeUndefined();
  });

  it('rotates: a release signed by the old and the new key moves the pin to both, then the new key alone', async () => {
    const old = await newKey();
    const next = await newKey();
    const { db, host, sync, title } = await subscribed();
    host.servePack(await signedBy(teamPack('1', { returns: 'v1' }), old));
    await sync();
    host.servePack(await signedBy(teamPack('2', { returns: 'v2' }), old, next));
    expect(await sync()).toMatchObject({ status: 'ok', changed: true });
    host.servePack(await signedBy(teamPack('3', { returns: 'v3' }), next));
    expect(await sync()).toMatchObject({ status: 'ok', changed: true });
    expect((await subscriptions.get(db, 'acme'))?.trustedKeys).toEqual([next.fingerprint]);
    // The retired key alone is no longer enough.
    host.servePack(await signedBy(teamPack('4', { returns: 'v4' }), old));
    expect(await sync()).toMatchObject({ status: 'error', problem: 'rejected' });
    expect(await title()).toBe('v3');
  });

  it('refuses malformed signatures', async () => {
    const { host, sync } = await subscribed();
    for (const signatures of [
      [],
      {},
      [{ alg: 'RSA', publicKey: 'x', signature: 'y' }],
      [{ alg: 'Ed25519', publicKey: 'AAAA', signature: 'AAAA' }],
    ]) {
      host.servePack({ ...teamPack('1', { returns: 'R' }), signatures });
      expect(await sync()).toMatchObject({
        status: 'error',
        message: expect.stringMatching(/signatures field is malformed/),
      });
    }
  });

  it('says the browser is too old, not that the pack was forged, where WebCrypto has no Ed25519', async () => {
    const lead = await newKey();
    const { host, sync } = await subscribed();
    host.servePack(await signedBy(teamPack('1', { returns: 'R' }), lead));
    const importKey = vi
      .spyOn(crypto.subtle, 'importKey')
      .mockRejectedValue(new DOMException('Unrecognized name.', 'NotSupportedError'));
    try {
      expect(await sync()).toMatchObject({
        status: 'error',
        message: expect.stringMatching(/this browser cannot check Ed25519 signatures/),
      });
    } finally {
      importKey.mockRestore();
    }
  });

  it('pins the key the agent typed when subscribing: even the first copy must be signed by it', async () => {
    const lead = await newKey();
    const intruder = await newKey();
    const db = freshDatabase();
    const typed = shortFingerprint(lead.fingerprint).toUpperCase(); // "3F2A 9C01 B7DE 41AA", as read out
    await subscriptions.add(db, 'https://packs.example.com/acme.json', T0, 'acme', typed);
    expect((await subscriptions.get(db, 'acme'))?.trustedKeys).toEqual([lead.fingerprint.slice(0, 16)]);
    const host = fakeHost();
    const sync = () => syncSubscription(db, 'acme', { fetch: host.fetch, now: () => T0 });
    host.servePack(await signedBy(teamPack('1', { returns: 'Forged' }), intruder));
    expect(await sync()).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/trusts only key/),
    });
    host.servePack(teamPack('1', { returns: 'Unsigned' }));
    expect(await sync()).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/it is not signed/),
    });
    expect(await db.articles.count()).toBe(0);
    host.servePack(await signedBy(teamPack('1', { returns: 'Returns policy' }), lead));
    expect(await sync()).toMatchObject({ status: 'ok', changed: true });
    expect((await subscriptions.get(db, 'acme'))?.trustedKeys).toEqual([lead.fingerprint]);
  });

  it('refuses to subscribe with something that is not a fingerprint', async () => {
    const db = freshDatabase();
    await expect(
      subscriptions.add(db, 'https://packs.example.com/a.json', T0, 'a', 'not a key'),
    ).rejects.toThrow(/16 to 64 hexadecimal digits/);
    await expect(
      subscriptions.add(db, 'https://packs.example.com/a.json', T0, 'a', '3f2a'),
    ).rejects.toThrow();
    expect(await db.packs.count()).toBe(0);
    expect(normaliseFingerprint('3f2a:9c01 b7de 41AA')).toBe('3f2a9c01b7de41aa');
  });

  it('keeps accepting unsigned copies when nothing was ever signed', () => {
    expect(trustDecision([], [])).toEqual({ ok: true, trusted: [] });
    expect(trustDecision(['a'], ['a', 'b'])).toEqual({ ok: true, trusted: ['a', 'b'] });
    expect(trustDecision(['a'], ['b'])).toMatchObject({ ok: false, reason: 'other-key' });
  });
});
