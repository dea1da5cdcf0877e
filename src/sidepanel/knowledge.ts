// Loads the knowledge base from the database into a search index for the panel.
import browser from 'webextension-polyfill';
import { docFromArticle, docFromPlaybook, SearchIndex } from '../search';
import type { Article, EmpowermentRule, Playbook } from '../shared/model';
import { database } from '../storage/db';
import { settings } from '../storage/repositories';

export interface Knowledge {
  index: SearchIndex;
  articles: Map<string, Article>;
  playbooks: Map<string, Playbook>;
  rules: EmpowermentRule[];
}

export type KnowledgeState =
  | { status: 'loading' }
  | { status: 'ready'; kb: Knowledge }
  | { status: 'error'; message: string };

/** The worker seeds on install; if the panel opens first (or the worker stopped mid-way) it asks again. */
async function ensureSeeded(): Promise<void> {
  const db = database();
  if (await settings.get(db, 'starterPack', null)) return;
  const reply = (await browser.runtime.sendMessage({ type: 'panel/ensure-seeded' })) as
    | { ok: boolean; reason?: string }
    | undefined;
  if (!reply?.ok)
    throw new Error(`the starter articles could not be installed (${reply?.reason ?? 'no answer'})`);
}

const OPEN_TIMEOUT = 6_000;

/** Opening can wait forever when another connection blocks an upgrade; give up with a reason instead. */
function openWithin(ms: number): Promise<unknown> {
  const db = database();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(
      () => fail(new Error('the database is busy: another Own It window or an update is holding it')),
      ms,
    );
  });
  return Promise.race([db.open(), timeout]).finally(() => clearTimeout(timer));
}

export async function loadKnowledge(): Promise<Knowledge> {
  const db = database();
  await openWithin(OPEN_TIMEOUT);
  await ensureSeeded();
  const [articleRows, playbookRows, rules] = await Promise.all([
    db.articles.toArray(),
    db.playbooks.toArray(),
    db.rules.toArray(),
  ]);
  const index = SearchIndex.build([...articleRows.map(docFromArticle), ...playbookRows.map(docFromPlaybook)]);
  return {
    index,
    articles: new Map(articleRows.map((a) => [a.id, a])),
    playbooks: new Map(playbookRows.map((p) => [p.id, p])),
    rules,
  };
}
