// "Sites where Own It runs": the optional host permissions the agent granted, beyond the helpdesks built
// into the manifest. A granted site gets the content script registered, as the panel's "Use Own It on
// this site" does (same script id, so either place can undo the other's grant).
import browser from '../shared/browser';
import { t } from '../shared/i18n';

/** What the agent typed → the match pattern to ask for, or a message saying what is wrong. */
export function sitePattern(input: string): { ok: true; pattern: string } | { ok: false; message: string } {
  let text = input.trim().replace(/\/\*?$/, '');
  if (!text) return { ok: false, message: t('optionsErrorSiteMissing') };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `https://${text}`;
  const match = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(:\d{1,5})?$/i.exec(text);
  if (!match) {
    return { ok: false, message: t('optionsErrorSitePath') };
  }
  const [, scheme, wildcard = '', host = '', port = ''] = match;
  if (!host.includes('.') && host.toLowerCase() !== 'localhost') {
    return { ok: false, message: t('optionsErrorSiteDomain', host) };
  }
  return { ok: true, pattern: `${scheme?.toLowerCase()}://${wildcard}${host.toLowerCase()}${port}/*` };
}

/** "https://desk.example.com/*" → "https://desk.example.com", as the agent reads it. */
export function siteLabel(pattern: string): string {
  return pattern.replace(/\/\*$/, '');
}

/** The panel's id for a site's registered content script. */
export function scriptId(pattern: string): string {
  return `site-${siteLabel(pattern).replace(/[^a-z0-9]/gi, '-')}`;
}

/** The granted origins the agent added, leaving out the ones the manifest always has. */
export function optionalOrigins(granted: readonly string[], builtIn: readonly string[]): string[] {
  const fixed = new Set(builtIn);
  // The manifest's catch-all optional patterns are what a single site is granted under, not sites.
  return granted.filter((origin) => !fixed.has(origin) && !/^\w+:\/\/\*\/\*$/.test(origin)).sort();
}

export async function grantedSites(): Promise<{ sites: string[]; builtIn: string[] }> {
  const manifest = browser.runtime.getManifest();
  const builtIn = manifest.host_permissions ?? [];
  const { origins = [] } = await browser.permissions.getAll();
  return { sites: optionalOrigins(origins, builtIn), builtIn };
}

/**
 * Asks the browser for the site. Must be called straight from a click handler (the browser only shows
 * its question after a user gesture). Returns false when the agent said no.
 */
export async function grantSite(pattern: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  const script = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  const id = scriptId(pattern);
  if (script && (await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length === 0) {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: [script], runAt: 'document_start', persistAcrossSessions: true },
    ]);
  }
  return true;
}

export async function revokeSite(pattern: string): Promise<void> {
  const id = scriptId(pattern);
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
  await browser.permissions.remove({ origins: [pattern] });
}
