// Help-center sync benchmark: a 5,000-article Zendesk Guide (the local stand-in of its API, 100
// articles a page, bodies from the shared corpus of real help-center articles) synced into
// fake-indexeddb, then 20 articles changed on the server and synced again through the incremental
// export. Prints seconds, requests and bytes of each sync (goals: first ≤ 20 s; second transfers
// only what changed and applies in ≤ 2 s); no assertions.
// Run: `npm run bench:helpcenter [-- --count 5000 --changed 20]`
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { syncHelpCenter } from '../src/background/connectors/sync';
import { parseArgs } from '../src/cli/args';
import { parseJsonLines, readText } from '../src/cli/read-files';
import { OwnItDatabase } from '../src/storage/db';
import { helpCenters } from '../src/storage/help-centers';
import { fakeZendesk } from '../test/fixtures/help-centers/servers';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = `${REPO}../shared/data/corpus/articles.jsonl.gz`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Titles and HTML bodies of real help-center articles, or none when the corpus is not there. */
async function corpus(count: number): Promise<{ title: string; html: string }[]> {
  if (!existsSync(CORPUS)) return [];
  // Only the first `count` lines are parsed: the rest of the corpus would only weigh on the heap.
  const text = await readText(CORPUS);
  let end = 0;
  for (let line = 0; line < count && end !== -1; line++) end = text.indexOf('\n', end + 1);
  return parseJsonLines(end === -1 ? text : text.slice(0, end), CORPUS)
    .slice(0, count)
    .map(({ value }) => {
      const raw = value as { title?: unknown; body?: unknown };
      const paragraphs = String(raw.body ?? '').split(/\n{2,}/);
      return {
        title: String(raw.title ?? '').slice(0, 250),
        html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
      };
    });
}

async function main(): Promise<void> {
  const args = parseArgs(['bench', ...process.argv.slice(2)]);
  const count = Number(args.flags.get('count') ?? 5000);
  const changed = Number(args.flags.get('changed') ?? 20);
  const server = await fakeZendesk(count);
  const real = await corpus(count);
  real.forEach((article, i) => {
    const stored = server.articles.get(i + 1);
    if (stored && article.title)
      server.articles.set(i + 1, { ...stored, title: article.title, body: article.html });
  });
  const db = new OwnItDatabase(`ownit-bench-helpcenter-${process.pid}`);
  await helpCenters.add(
    db,
    {
      id: 'bench',
      kind: 'zendesk',
      base: server.url,
      email: server.email,
      addedAt: Date.now(),
      status: 'never',
    },
    'duplicate',
  );
  const deps = {
    fetch: (input: string, init: RequestInit) => fetch(input, init),
    now: Date.now,
    sleep: (ms: number) => new Promise<void>((done) => setTimeout(done, ms)),
    secret: async () => ({ token: 'zd-token-1' }),
  };
  console.log(
    `Zendesk Guide stand-in: ${count} articles (${real.length > 0 ? 'bodies from the shared corpus' : 'synthetic bodies'}), 100 a page.`,
  );

  // CPU seconds of this process (client and stand-in server together) beside the wall clock: on a
  // shared machine the wall clock also counts time spent waiting for a core.
  const cpu = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1e6;
  };
  let started = performance.now();
  let cpuStart = process.cpuUsage();
  const first = await syncHelpCenter(db, 'bench', deps);
  const firstSeconds = (performance.now() - started) / 1000;
  const firstCpu = cpu(cpuStart);
  if (first?.status !== 'ok') throw new Error(`first sync failed: ${JSON.stringify(first)}`);
  const firstRequests = server.requests.length;
  console.log(
    `first sync (complete listing): ${firstSeconds.toFixed(2)} s (${firstCpu.toFixed(2)} s of CPU), ${firstRequests} requests, ${(server.bytes / 1e6).toFixed(1)} MB, ${first.applied.added} articles added (goal ≤ 20 s)`,
  );

  server.resetCounters();
  server.clock = Math.floor(Date.now() / 1000);
  for (let i = 0; i < changed; i++) {
    const id = 1 + Math.floor(((i + 0.5) * count) / changed);
    const article = server.articles.get(id)!;
    server.change(id, { title: `${article.title} (revised)` });
  }
  started = performance.now();
  cpuStart = process.cpuUsage();
  const second = await syncHelpCenter(db, 'bench', deps);
  const secondSeconds = (performance.now() - started) / 1000;
  const secondCpu = cpu(cpuStart);
  if (second?.status !== 'ok') throw new Error(`second sync failed: ${JSON.stringify(second)}`);
  console.log(
    `second sync (${second.mode}, ${changed} changed on the server): ${secondSeconds.toFixed(2)} s fetch and apply (${secondCpu.toFixed(2)} s of CPU), ${server.requests.length} requests (${server.requests.filter((r) => r.includes('/articles')).length} for articles), ${(server.bytes / 1e3).toFixed(1)} kB, ${second.applied.updated} updated (goal: only what changed, ≤ 2 s)`,
  );
  console.log(
    JSON.stringify({
      bench: 'help-center-sync',
      articles: count,
      first: {
        seconds: firstSeconds,
        cpuSeconds: firstCpu,
        requests: firstRequests,
        added: first.applied.added,
      },
      second: {
        seconds: secondSeconds,
        cpuSeconds: secondCpu,
        requests: server.requests.length,
        bytes: server.bytes,
        updated: second.applied.updated,
        mode: second.mode,
      },
    }),
  );
  await db.delete();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
