// What the "Connect a help center" form makes of what the agent typed: the API's origin for each kind
// (a Zendesk or Freshdesk subdomain, an Intercom region, Help Scout's one Docs API host), or the field
// that is wrong and why. Pure.
import type { HelpCenterKind } from '../shared/help-center';
import { t } from '../shared/i18n';

export const INTERCOM_REGIONS = {
  us: 'https://api.intercom.io',
  eu: 'https://api.eu.intercom.io',
  au: 'https://api.au.intercom.io',
} as const;
export type IntercomRegion = keyof typeof INTERCOM_REGIONS;

export const HELPSCOUT_DOCS_API = 'https://docsapi.helpscout.net';

const SUFFIX: Partial<Record<HelpCenterKind, string>> = {
  zendesk: '.zendesk.com',
  freshdesk: '.freshdesk.com',
};
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface ConnectFields {
  kind: HelpCenterKind;
  /** Zendesk / Freshdesk: "acme", "acme.zendesk.com" or an address (a host-mapped help center). */
  site: string;
  region: IntercomRegion;
  email: string;
  token: string;
  locale: string;
}

export type ConnectProblem = { field: 'site' | 'token' | 'email' | 'locale'; message: string };

/** The origin the connection's API lives on, or what is wrong with the site field. */
export function baseOf(fields: ConnectFields): string | ConnectProblem {
  if (fields.kind === 'intercom') return INTERCOM_REGIONS[fields.region];
  if (fields.kind === 'helpscout') return HELPSCOUT_DOCS_API;
  const site = fields.site.trim().replace(/\/+$/, '');
  if (site === '') return { field: 'site', message: t('helpCenterSiteMissing') };
  if (/^[a-z0-9][a-z0-9-]{0,62}$/i.test(site)) return `https://${site.toLowerCase()}${SUFFIX[fields.kind]}`;
  let url: URL;
  try {
    url = new URL(site.includes('://') ? site : `https://${site}`);
  } catch {
    return { field: 'site', message: t('helpCenterSiteInvalid') };
  }
  // Plain http only on this computer (a test or a local copy); everything else over https.
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
    return url.origin;
  return { field: 'site', message: t('helpCenterSiteNotHttps') };
}

/** Every problem of the form, first the one to focus. */
export function connectProblems(fields: ConnectFields): ConnectProblem[] {
  const problems: ConnectProblem[] = [];
  const base = baseOf(fields);
  if (typeof base !== 'string') problems.push(base);
  const token = fields.token.trim();
  // A public Zendesk help center needs no token; every other API does.
  if (token === '' && fields.kind !== 'zendesk')
    problems.push({ field: 'token', message: t('helpCenterTokenMissing') });
  if (
    fields.kind === 'zendesk' &&
    fields.email.trim() !== '' &&
    !/^[^\s@]+@[^\s@]+$/.test(fields.email.trim())
  )
    problems.push({ field: 'email', message: t('helpCenterEmailInvalid') });
  if (
    fields.kind === 'zendesk' &&
    fields.locale.trim() !== '' &&
    !/^[a-z]{2}(-[a-z]{2,4})?$/i.test(fields.locale.trim())
  )
    problems.push({ field: 'locale', message: t('helpCenterLocaleInvalid') });
  return problems;
}

/** The host permission pattern the connection's API needs. */
export function originPattern(base: string): string {
  const url = new URL(base);
  return `${url.protocol}//${url.hostname}/*`;
}
