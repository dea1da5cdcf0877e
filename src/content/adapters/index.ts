// The adapter registry: the first adapter that matches the page reads it; generic is last and matches all.
import type { PageContext } from '../../shared/model';
import { finishPage, type PageReading } from '../../shared/page-reading';
import { buildContext } from '../read-page';
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';
import { salesforceAdapter } from './salesforce';
import { serviceNowAdapter } from './servicenow';
import { TABLE_ADAPTERS } from './tables';
import type { HelpdeskAdapter, ReadEnv } from './types';

/** Specific helpdesks first (matched by hostname), generic last. */
export const ADAPTERS: readonly HelpdeskAdapter[] = [
  serviceNowAdapter,
  salesforceAdapter,
  gmailAdapter,
  ...TABLE_ADAPTERS,
  genericAdapter,
];

/** The adapter for this page. */
export function pickAdapter(loc: URL, doc: Document): HelpdeskAdapter {
  for (const adapter of ADAPTERS) {
    try {
      if (adapter.matches(loc, doc)) return adapter;
    } catch {
      // An adapter that cannot decide does not match.
    }
  }
  return genericAdapter;
}

/**
 * What the content script sends: the page read with its adapter, falling back to generic, then to the
 * bare minimum. Never throws.
 */
export function readPageFacts(doc: Document, loc: URL, env?: ReadEnv): PageReading {
  const adapter = pickAdapter(loc, doc);
  for (const reader of adapter === genericAdapter ? [adapter] : [adapter, genericAdapter]) {
    try {
      return reader.read(doc, loc, env);
    } catch {
      // Try the next reader.
    }
  }
  return buildContext({ site: loc.hostname, url: loc.href, title: doc.title ?? '' });
}

/** The page's facts as the panel and the CLI see them: read, then finished (src/shared/page-reading.ts). */
export function readPageContext(doc: Document, loc: URL, env?: ReadEnv): PageContext {
  return finishPage(readPageFacts(doc, loc, env));
}
