// A team pack served from 127.0.0.1 with an ETag (an unchanged pack is answered 304), and a small
// pack to serve: shared by the Chromium and Firefox end-to-end tests of team-pack sync.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { Page } from 'playwright-core';
import type { Pack } from '../../src/shared/model';

export interface PackHost {
  url: string;
  /** The status code of each answer for the pack, in order. */
  answers: number[];
  /** Paths of the other files asked for, in order. */
  files: string[];
  serve(pack: Pack): void;
  /** Serves `body` at `/<name>` beside the pack (a vectors file, a ticket page). */
  serveFile(name: string, body: Uint8Array | string, type?: string): void;
  /** The address of a file served beside the pack. */
  fileUrl(name: string): string;
  close(): Promise<void>;
}

export async function servePack(): Promise<PackHost> {
  let body = '';
  let etag = '';
  const answers: number[] = [];
  const files: string[] = [];
  const others = new Map<string, { body: Uint8Array | string; type: string }>();
  const server = createServer((request, response) => {
    const other = others.get(request.url ?? '');
    if (other) {
      files.push(request.url ?? '');
      response.writeHead(200, { 'content-type': other.type });
      response.end(other.body);
      return;
    }
    if (request.url !== '/team-pack.json') {
      response.writeHead(404).end();
      return;
    }
    const status = request.headers['if-none-match'] === etag ? 304 : 200;
    answers.push(status);
    response.writeHead(status, { etag, 'content-type': 'application/json' });
    response.end(status === 200 ? body : undefined);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/team-pack.json`,
    answers,
    files,
    serveFile(name, body, type = 'application/octet-stream') {
      others.set(`/${name}`, { body, type });
    },
    fileUrl: (name) => `http://127.0.0.1:${port}/${name}`,
    serve(pack) {
      body = JSON.stringify(pack);
      etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    },
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // The browser keeps its connections alive; close would wait for them.
        server.closeAllConnections();
      }),
  };
}

export function acmePack(version: string, warrantyTitle: string): Pack {
  return {
    format: 'ownit-pack',
    formatVersion: 1,
    id: 'acme-support',
    name: 'Acme support',
    version,
    articles: [
      {
        id: 'acme-warranty',
        title: warrantyTitle,
        body: 'Check the Zephyrix serial number, then offer a replacement.',
        tags: ['warranty'],
        keywords: ['zephyrix'],
      },
      {
        id: 'acme-returns',
        title: 'Acme returns desk',
        body: 'Returns go to the Acme desk.',
        tags: [],
        keywords: [],
      },
    ],
    playbooks: [],
    rules: [
      {
        id: 'acme-goodwill',
        action: 'credit',
        label: 'Acme goodwill credit',
        limit: { amount: 25, currency: 'USD' },
        per: 'customer',
        above: 'team lead',
        guidance: 'For a delay we caused.',
        escalation: [],
        keywords: ['goodwill'],
      },
    ],
    snippets: [
      {
        id: 'acme-zephyrix-delay',
        title: 'Zephyrix delay apology',
        body: 'Hi {{customer.name}}, your Zephyrix replacement is delayed; I am following it for you.',
        tags: ['zephyrix'],
      },
    ],
  };
}

/**
 * A pack bigger than the change log lists item by item (src/storage/change-log.ts): syncing it is logged
 * as "everything changed", so the search index is built and stored where the sync ran. One article
 * stands out by its words ("Numbat licence transfer"); the others are alike.
 */
export function bigPack(articles: number): Pack {
  return {
    format: 'ownit-pack',
    formatVersion: 1,
    id: 'big-team',
    name: 'Big team',
    version: '1',
    articles: Array.from({ length: articles }, (_, i) =>
      i === 0
        ? {
            id: 'big-numbat',
            title: 'Numbat licence transfer',
            body: 'Move the numbat licence to the new owner, then confirm by email.',
            tags: ['licence'],
            keywords: ['numbat'],
          }
        : {
            id: `big-${i}`,
            title: `Team procedure ${i}`,
            body: `Step ${i} of the team procedures: check the account, then follow the usual steps.`,
            tags: [`area-${i % 7}`],
            keywords: [],
          },
    ),
    playbooks: [],
    rules: [],
  };
}

/** Subscribes on the options page's Packs section (Chromium) and waits until the pack shows as synced. */
export async function subscribeAndSync(options: Page, address: string): Promise<void> {
  const form = options.getByRole('form', { name: 'Subscribe to a team pack' });
  await form.getByRole('textbox', { name: 'Pack address' }).fill(address);
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await options
    .getByRole('list', { name: 'Team packs' })
    .getByRole('listitem')
    .filter({ hasText: 'synced just now' })
    .waitFor();
}
