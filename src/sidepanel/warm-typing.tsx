// The typing path's code run once on the panel's own index before the agent's first key (docs/
// architecture.md, "Search", issue 18). A fresh panel runs its search and results code cold: the
// JavaScript engine interprets it until it has run enough to compile it, and a first query's prefix
// expansion and scoring loops over thousands of documents are where that costs most (in Node, the first
// keys of a query on a freshly loaded 10,000-article index took 10-70x as long as the same keys on another
// fresh index once the code had run). So, once the panel is ready, it types a made-up query into its index
// and renders the results off the page, one key a task, each when the page has nothing more urgent to do: it stops at the agent's
// first key, whose own search then warms the code as before. The answers are the index's own, kept as
// any search keeps them, so later searches answer the same.
import { render } from 'preact';
import type { SearchIndex } from '../search';
import { SearchResults } from './components/SearchResults';
import { onKey, yieldToAll } from './input-first';

/** Typed key by key: a one-letter prefix, a finished word and the next, a misspelt word (the typo search). */
const WARM_QUERIES = ['account settings', 'pasword reset'];
/** With excerpts (once the texts are attached): a few keys more. */
const EXCERPT_QUERY = 'refund order';

const noop = () => undefined;
const noRef = { current: null };

/**
 * Types `queries` key by key into `index` and renders each answer off the page, one key a task; returns
 * false when the agent typed meanwhile (the rest is left), true once done.
 */
export async function warmTyping(
  index: SearchIndex,
  queries: readonly string[] = WARM_QUERIES,
): Promise<boolean> {
  let typed = false;
  const stop = onKey(() => {
    typed = true;
  });
  const box = document.createElement('div');
  const start = performance.now();
  let keys = 0;
  try {
    for (const query of queries) {
      for (let end = 1; end <= query.length; end++) {
        await yieldToAll();
        if (typed) return false;
        const text = query.slice(0, end);
        const hits = index.search(text, { limit: 20 });
        render(
          <SearchResults
            hits={hits}
            query={text}
            suggestion={null}
            onOpen={noop}
            onQuery={noop}
            onClear={noop}
            inputRef={noRef}
          />,
          box,
        );
        keys++;
      }
    }
    return true;
  } finally {
    stop();
    render(null, box);
    // How far it got, and whether the agent's key stopped it (the bench's traces show it).
    performance.measure('ownit:warm-typing', { start, detail: { keys, stopped: typed } });
  }
}

/** The excerpts' part of the typing path, once a snapshot's texts are attached. */
export function warmExcerpts(index: SearchIndex): Promise<boolean> {
  return warmTyping(index, [EXCERPT_QUERY]);
}
