// Which help center the agent's open tab belongs to, so the welcome offers its connector. Pure.

export type Connector = 'zendesk' | 'freshdesk' | 'intercom' | 'helpscout';

const HOSTS: [RegExp, Connector][] = [
  [/(?:^|\.)zendesk\.com$/, 'zendesk'],
  [/(?:^|\.)freshdesk\.com$/, 'freshdesk'],
  [/(?:^|\.)intercom\.(?:com|io|help)$/, 'intercom'],
  [/(?:^|\.)(?:helpscout\.net|helpscoutdocs\.com)$/, 'helpscout'],
];

/** The connector for a page, from the content script's adapter name or else the page's host. */
export function helpdeskOf(page: { site?: string; url?: string } | undefined): Connector | undefined {
  if (!page) return undefined;
  const named = HOSTS.find(([, name]) => name === page.site)?.[1];
  if (named) return named;
  let host = page.site ?? '';
  try {
    if (page.url) host = new URL(page.url).hostname;
  } catch {
    // Keep the site as the host.
  }
  return HOSTS.find(([pattern]) => pattern.test(host.toLowerCase()))?.[1];
}
