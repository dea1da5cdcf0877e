// A pack host for unit tests: serves one body with an ETag, honours If-None-Match, records requests.
import type { FetchLike } from '../../../src/background/pack-sync-fetch';
import type { Pack } from '../../../src/shared/model';

export interface FakeHost {
  fetch: FetchLike;
  requests: { url: string; ifNoneMatch: string | undefined }[];
  /** Serves this text from now on, with a new ETag. */
  serve(body: string): void;
  servePack(pack: object): void;
}

export function fakeHost(): FakeHost {
  let body = '';
  let etag = '';
  let generation = 0;
  const host: FakeHost = {
    requests: [],
    serve(text) {
      body = text;
      generation++;
      etag = `"v${generation}"`;
    },
    servePack(pack) {
      host.serve(JSON.stringify(pack));
    },
    fetch: async (url, init) => {
      const headers = new Headers(init.headers);
      const ifNoneMatch = headers.get('if-none-match') ?? undefined;
      host.requests.push({ url, ifNoneMatch });
      if (ifNoneMatch === etag) return new Response(null, { status: 304, headers: { etag } });
      return new Response(body, { status: 200, headers: { etag, 'content-type': 'application/json' } });
    },
  };
  return host;
}

const rule = (id: string, label: string) => ({
  id,
  action: 'refund' as const,
  label,
  limit: { amount: 50, currency: 'USD' },
  per: 'order' as const,
  above: 'team lead',
  guidance: '',
  escalation: [],
  keywords: [],
});

/** A team pack with the given article titles (by id) and one rule. */
export function teamPack(version: string, titles: Record<string, string>, extra: Partial<Pack> = {}): Pack {
  return {
    format: 'ownit-pack',
    formatVersion: 1,
    id: 'acme-support',
    name: 'Acme support',
    version,
    articles: Object.entries(titles).map(([id, title]) => ({
      id,
      title,
      body: `How to handle ${title.toLowerCase()}.`,
      tags: ['acme'],
      keywords: [],
    })),
    playbooks: [],
    rules: [rule('acme-refund', 'Acme refund')],
    ...extra,
  };
}
