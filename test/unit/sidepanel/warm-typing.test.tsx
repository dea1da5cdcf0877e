// @vitest-environment happy-dom
// The panel's typing warm-up (src/sidepanel/warm-typing.tsx): it types into the panel's own index one key a
// task, stops at the agent's first key, leaves nothing on the page, and every search after it answers
// exactly as on an index it never touched. And the input-first helpers it and the panel's post-ready work
// use (src/sidepanel/input-first.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { docFromArticle, SearchIndex } from '../../../src/search';
import type { Article } from '../../../src/shared/model';
import { TYPING_PAUSE_MS, typing, typingPaused, yieldToInput } from '../../../src/sidepanel/input-first';
import { warmExcerpts, warmTyping } from '../../../src/sidepanel/warm-typing';

const words = [
  'account',
  'settings',
  'password',
  'reset',
  'refund',
  'order',
  'printer',
  'calendar',
  'sharing',
  'outlook',
  'permissions',
  'invoice',
];

function articles(): Article[] {
  return Array.from({ length: 60 }, (_, i) => ({
    id: `a${i}`,
    title: `${words[i % words.length]} ${words[(i * 5 + 3) % words.length]} guide ${i}`,
    body: `How to ${words[(i * 7 + 1) % words.length]} the ${words[(i * 3 + 2) % words.length]}.\nThen ${words[(i + 4) % words.length]} again.`,
    tags: [i % 2 ? 'billing' : 'email'],
    keywords: [words[(i + 6) % words.length]!],
    updatedAt: 1,
    version: 1,
    source: 'local',
  }));
}

/** A loaded snapshot, as the panel has it: index first, texts attached apart. */
function loadedIndex(texts: boolean): SearchIndex {
  const { texts: packedTexts, ...main } = SearchIndex.build(
    articles().map((a) => docFromArticle(a)),
  ).toPacked();
  const index = SearchIndex.fromPacked(main);
  if (texts) index.attachTexts(packedTexts);
  return index;
}

const QUERIES = [
  'a',
  'ac',
  'account',
  'account s',
  'account settings',
  'pasword',
  'outlook cal',
  'refund order',
];

function typeKey(): void {
  document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the typing warm-up', () => {
  it('leaves every search answering as on an untouched index, and nothing on the page', async () => {
    const warmed = loadedIndex(true);
    const before = document.body.innerHTML;
    expect(await warmTyping(warmed)).toBe(true);
    expect(await warmExcerpts(warmed)).toBe(true);
    expect(document.body.innerHTML).toBe(before);
    const fresh = loadedIndex(true);
    for (const query of QUERIES) {
      expect(warmed.search(query, { limit: 20 })).toEqual(fresh.search(query, { limit: 20 }));
      expect(warmed.search(query, { limit: 20, tag: 'billing' })).toEqual(
        fresh.search(query, { limit: 20, tag: 'billing' }),
      );
    }
  });

  it('stops at the agent’s first key and searches no more', async () => {
    const index = loadedIndex(false);
    const search = vi.spyOn(index, 'search');
    const warming = warmTyping(index);
    // Let a few of its keys run, then the agent types.
    for (let i = 0; i < 3; i++) await yieldToInput();
    typeKey();
    expect(await warming).toBe(false);
    const searched = search.mock.calls.length;
    expect(searched).toBeGreaterThan(0);
    expect(searched).toBeLessThan('account settingspasword reset'.length);
    await new Promise((done) => setTimeout(done, 20));
    expect(search.mock.calls.length).toBe(searched);
  });

  it('runs one key a task: input queued meanwhile comes before its next key', async () => {
    const index = loadedIndex(false);
    const order: string[] = [];
    const search = index.search.bind(index);
    vi.spyOn(index, 'search').mockImplementation((query, options) => {
      order.push(`search ${query}`);
      return search(query, options);
    });
    const warming = warmTyping(index);
    await yieldToInput();
    await yieldToInput();
    // A task queued now (as an input event would be) runs before the warm-up's next key.
    setTimeout(() => {
      order.push('input');
      typeKey();
    }, 0);
    expect(await warming).toBe(false);
    const at = order.indexOf('input');
    // Some keys before it, not all of them (which one task for the whole warm-up would have run first).
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan('account settingspasword reset'.length);
    expect(order.slice(at + 1)).toEqual([]);
  });
});

describe('waiting for typing to pause', () => {
  it('holds work while keys come and runs it once none came for the pause', async () => {
    typeKey();
    expect(typing()).toBe(true);
    const start = performance.now();
    let ran = 0;
    const waiting = typingPaused().then(() => {
      ran = performance.now();
    });
    await new Promise((done) => setTimeout(done, TYPING_PAUSE_MS / 2));
    typeKey();
    const lastKey = performance.now();
    await waiting;
    expect(ran - lastKey).toBeGreaterThanOrEqual(TYPING_PAUSE_MS - 5);
    expect(ran - start).toBeGreaterThanOrEqual(TYPING_PAUSE_MS * 1.5 - 5);
    expect(typing()).toBe(false);
  });
});
