// @vitest-environment happy-dom
import { createRef, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src/search';
import { SearchResults } from '../../../src/sidepanel/components/SearchResults';

function hit(id: string): SearchHit {
  return { id, kind: 'article', title: id, score: 1, stale: false, titleTerms: [], excerpt: '' };
}

let root: HTMLElement;
let input: HTMLInputElement;
let opened: string[];

beforeEach(() => {
  root = document.createElement('div');
  input = document.createElement('input');
  document.body.append(input, root);
  opened = [];
});

afterEach(() => {
  render(null, root);
  root.remove();
  input.remove();
});

function show(hits: SearchHit[], query: string) {
  const ref = createRef<HTMLInputElement>();
  ref.current = input;
  render(
    <SearchResults
      hits={hits}
      query={query}
      suggestion={null}
      onOpen={(h) => opened.push(h.id)}
      onQuery={() => undefined}
      onClear={() => undefined}
      inputRef={ref}
    />,
    root,
  );
}

function press(key: string) {
  input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

function activeTitle() {
  return root.querySelector('[aria-selected="true"]')?.textContent;
}

describe('result list under the keyboard', () => {
  it('keeps the highlighted article when the list re-ranks, and Enter opens it', async () => {
    show([hit('a'), hit('b'), hit('c')], 'delivery');
    await settle();
    press('ArrowDown');
    await settle();
    expect(activeTitle()).toBe('b');
    // The stored index catches up and the same query now ranks differently.
    show([hit('c'), hit('a'), hit('b')], 'delivery');
    await settle();
    expect(activeTitle()).toBe('b');
    expect(input.getAttribute('aria-activedescendant')).toBe('result-2');
    press('Enter');
    expect(opened).toEqual(['b']);
  });

  it('starts a new query at the top, even when an arrow key follows the last letter at once', async () => {
    show([hit('a'), hit('b')], 'deliver');
    await settle();
    press('ArrowDown');
    await settle();
    expect(activeTitle()).toBe('b');
    show([hit('a'), hit('b'), hit('c')], 'delivery');
    // No wait: the key comes before any effect has run.
    press('ArrowDown');
    await settle();
    expect(activeTitle()).toBe('b');
    press('Enter');
    expect(opened).toEqual(['b']);
  });

  it('stops at both ends of the list', async () => {
    show([hit('a'), hit('b')], 'refund');
    await settle();
    press('ArrowUp');
    await settle();
    expect(activeTitle()).toBe('a');
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowDown');
    await settle();
    expect(activeTitle()).toBe('b');
  });

  it('falls back to the top when the highlighted article leaves the list', async () => {
    show([hit('a'), hit('b')], 'refund');
    await settle();
    press('ArrowDown');
    await settle();
    show([hit('a'), hit('c')], 'refund');
    await settle();
    expect(activeTitle()).toBe('a');
    press('Enter');
    expect(opened).toEqual(['a']);
  });
});
