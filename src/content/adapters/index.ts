// The adapter registry: the first adapter that matches the page reads it; generic is last and matches all.
import type { PageContext } from '../../shared/model';
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

/** Reads the page with its adapter, falling back to generic, then to the bare minimum: never throws. */
export function readPageContext(doc: Document, loc: URL, env?: ReadEnv): PageContext {
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
