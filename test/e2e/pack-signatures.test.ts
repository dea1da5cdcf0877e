// Signed team packs end to end: a lead's key signs the pack (the CLI's own signing code), an agent
// subscribes in the options page (served from 127.0.0.1), which pins the key; a later copy signed by
// another key, or unsigned, is refused with a clear status and the last good copy stays; the lead's key
// is accepted again. Also: a redirect is followed by hand, never sent to an address not checked first.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyFile, loadSigningKey, type SigningKey, signPackWith } from '../../src/cli/pack-keys';
import type { Pack } from '../../src/shared/model';
import { shortFingerprint } from '../../src/shared/pack-signature';
import { extensionSession } from './session';

const session = extensionSession();

interface Host {
  origin: string;
  paths: string[];
  serve(body: object): void;
  close(): Promise<void>;
}

async function startHost(): Promise<Host> {
  let body = '{}';
  let generation = 0;
  const paths: string[] = [];
  const server = createServer((request, response) => {
    paths.push(request.url ?? '');
    if (request.url === '/moved.json') {
      response.writeHead(302, { location: '/team.json' }).end();
      return;
    }
    if ((request.url ?? '').split('?')[0] !== '/team.json') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { etag: `"g${generation}"`, 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    paths,
    serve(pack) {
      body = JSON.stringify(pack);
      generation++;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function pack(version: string, title: string): Pack {
  return {
    format: 'ownit-pack',
    formatVersion: 1,
    id: 'signed-team',
    name: 'Signed team',
    version,
    articles: [{ id: 'signed-warranty', title, body: 'Offer a replacement.', tags: [], keywords: [] }],
    playbooks: [],
    rules: [],
  };
}

let host: Host;
let lead: SigningKey;
let intruder: SigningKey;
beforeAll(async () => {
  host = await startHost();
  const dir = mkdtempSync(join(tmpdir(), 'ownit-e2e-keys-'));
  await generateKeyFile(join(dir, 'lead.key'));
  await generateKeyFile(join(dir, 'intruder.key'));
  lead = await loadSigningKey(join(dir, 'lead.key'));
  intruder = await loadSigningKey(join(dir, 'intruder.key'));
});
afterAll(() => host?.close());

const signed = (p: Pack, key: SigningKey) => signPackWith(p as unknown as Record<string, unknown>, [key]);

async function subscribe(page: Page, address: string) {
  const form = page.getByRole('form', { name: 'Subscribe to a team pack' });
  await form.getByRole('textbox', { name: 'Pack address' }).fill(address);
  await form.getByRole('button', { name: 'Subscribe' }).click();
}

const row = (page: Page, name: string) =>
  page
    .getByRole('list', { name: 'Team packs' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name }) });

function storedTitle(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((resolve, reject) => {
        const request = indexedDB.open('ownit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction('articles').objectStore('articles').get('signed-warranty');
          get.onsuccess = () => {
            request.result.close();
            resolve((get.result as { title: string } | undefined)?.title);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

describe('signed team packs', () => {
  it('pins the lead’s key at subscription and refuses a copy signed by another key or unsigned', async () => {
    host.serve(await signed(pack('1', 'Warranty v1'), lead));
    const page = await session.ext.openOptions('packs');
    await page.getByRole('heading', { name: 'Team packs' }).waitFor();
    await subscribe(page, `${host.origin}/team.json`);
    const item = row(page, 'Signed team');
    await item.filter({ hasText: 'synced just now' }).waitFor();
    expect(await item.textContent()).toContain(`signed by key ${shortFingerprint(lead.fingerprint)}`);
    expect(await storedTitle(page)).toBe('Warranty v1');

    host.serve(await signed(pack('2', 'Warranty forged'), intruder));
    await item.getByRole('button', { name: 'Sync now' }).click();
    await item
      .filter({ hasText: `rejected: it is signed by key ${shortFingerprint(intruder.fingerprint)}` })
      .waitFor();
    expect(await item.textContent()).toContain(`trusts only key ${shortFingerprint(lead.fingerprint)}`);
    expect(await item.textContent()).toContain('using the copy from');
    expect(await storedTitle(page)).toBe('Warranty v1');

    host.serve(pack('3', 'Warranty unsigned'));
    await item.getByRole('button', { name: 'Sync now' }).click();
    await item.filter({ hasText: 'rejected: it is not signed' }).waitFor();
    expect(await storedTitle(page)).toBe('Warranty v1');

    host.serve(await signed(pack('4', 'Warranty v4'), lead));
    await item.getByRole('button', { name: 'Sync now' }).click();
    await item.filter({ hasText: 'version 4' }).filter({ hasText: 'synced just now' }).waitFor();
    expect(await storedTitle(page)).toBe('Warranty v4');
    await page.close();
  });

  it('with the lead’s fingerprint typed at subscription, even the first copy must be signed by that key', async () => {
    host.serve(await signed(pack('6', 'Warranty v6'), lead));
    const page = await session.ext.openOptions('packs');
    await page.getByRole('heading', { name: 'Team packs' }).waitFor();
    const form = page.getByRole('form', { name: 'Subscribe to a team pack' });
    await form.getByRole('textbox', { name: 'Pack address' }).fill(`${host.origin}/team.json?copy=2`);
    const key = form.getByRole('textbox', { name: 'Signing key (optional)' });
    await key.fill('not a key');
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await form.getByRole('alert').filter({ hasText: '16 to 64 hexadecimal digits' }).waitFor();
    // The fingerprint of someone else's key, as a lead would read it out.
    await key.fill(shortFingerprint(intruder.fingerprint));
    await form.getByRole('button', { name: 'Subscribe' }).click();
    const item = page
      .getByRole('list', { name: 'Team packs' })
      .getByRole('listitem')
      .filter({ hasText: 'copy=2' });
    await item.filter({ hasText: `trusts only key ${shortFingerprint(intruder.fingerprint)}` }).waitFor();
    expect(await item.textContent()).toContain(`it is signed by key ${shortFingerprint(lead.fingerprint)}`);
    await page.close();
  });

  it('a redirect is never followed blindly: the browser hides its target, so the sync refuses it, saying why', async () => {
    host.serve(await signed(pack('5', 'Warranty v5'), lead));
    // What a manual redirect looks like to the worker in Chromium: opaque, with no Location to check.
    const seen = await session.ext.worker.evaluate(async (address) => {
      const response = await fetch(address, { redirect: 'manual', credentials: 'omit', cache: 'no-store' });
      return { type: response.type, location: response.headers.get('location') };
    }, `${host.origin}/moved.json`);
    expect(seen).toEqual({ type: 'opaqueredirect', location: null });

    const before = host.paths.length;
    const page = await session.ext.openOptions('packs');
    await page.getByRole('heading', { name: 'Team packs' }).waitFor();
    await subscribe(page, `${host.origin}/moved.json`);
    const item = page
      .getByRole('list', { name: 'Team packs' })
      .getByRole('listitem')
      .filter({ hasText: 'moved.json' });
    await item.filter({ hasText: 'does not say where' }).waitFor();
    expect(await item.textContent()).toContain('subscribe to the final address');
    // The target was never requested.
    expect(host.paths.slice(before)).toEqual(['/moved.json']);
    await page.close();
  });
});
