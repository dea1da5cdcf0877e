// A connected help center as the database keeps it (src/storage/help-centers.ts), shared by the worker
// that syncs it and the options page that shows it. The secret is never part of it.

export const HELP_CENTER_KINDS = ['zendesk', 'freshdesk', 'intercom', 'helpscout'] as const;
export type HelpCenterKind = (typeof HELP_CENTER_KINDS)[number];

/** Product names: the same in every language, so not messages. */
export const HELP_CENTER_NAMES: Record<HelpCenterKind, string> = {
  zendesk: 'Zendesk Guide',
  freshdesk: 'Freshdesk Solutions',
  intercom: 'Intercom Articles',
  helpscout: 'Help Scout Docs',
};

/** Why a run stopped. `auth`: the token was refused; `rate-limited`: asked to wait past `retryAt`. */
export type SyncProblem = 'auth' | 'rate-limited' | 'unreachable' | 'rejected';

/** Where a connector picks up next time; each connector keeps what it needs. */
export interface SyncCursor {
  /** Epoch seconds: changes after this are fetched by an incremental run. */
  since?: number;
  /** Epoch ms of the last complete listing (removed articles are only found by one). */
  fullAt?: number;
  /** Help Scout: article id → its `updatedAt`, so only changed articles are fetched again. */
  seen?: Record<string, string>;
}

/** A connection as stored (src/storage/help-centers.ts): everything but the secret. */
export interface HelpCenterConnection {
  id: string;
  kind: HelpCenterKind;
  /** The API's origin: https://acme.zendesk.com, https://acme.freshdesk.com, https://api.intercom.io… */
  base: string;
  /** Zendesk: the locale to read (en-us); absent means the help center's default. */
  locale?: string;
  /** Zendesk with an API token: the agent's email (the token's user). */
  email?: string;
  /** Bring drafts too (kept as drafts, never suggested); off by default. */
  includeDrafts?: boolean;
  addedAt: number;
  status: 'never' | 'ok' | 'error';
  problem?: SyncProblem;
  message?: string;
  /** Rate-limited: epoch ms when the worker tries again (an alarm is set for it). */
  retryAt?: number;
  lastSync?: number;
  lastAttempt?: number;
  /** Articles of this help center in the knowledge base after the last sync. */
  articleCount?: number;
  cursor?: SyncCursor;
  /** What the last sync did: counts and bytes, for the status line and the benchmark. */
  lastRun?: {
    added: number;
    updated: number;
    removed: number;
    kept: number;
    requests: number;
    bytes: number;
  };
}

/** The secret of a connection, kept in the extension's local storage only. */
export interface HelpCenterSecret {
  /** Zendesk API token, Freshdesk API key, Intercom access token, Help Scout Docs API key. */
  token: string;
}
