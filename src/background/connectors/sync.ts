// One sync of one connected help center: read the connection and its secret, run its connector (full
// once a day and on first sync, else only what changed), then apply through the import plan in one
// transaction. Never throws: a stop (token refused, rate limit, bad answer) is recorded on the
// connection and the articles keep their last good copy. Fetch, clock, sleep and secrets are injected.
import { t } from '../../shared/i18n';
import type { OwnItDatabase } from '../../storage/db';
import {
  applyHelpCenterRun,
  type HelpCenterApplied,
  helpCenters,
  recordHelpCenterFailure,
} from '../../storage/help-centers';
import type { Connector } from './connector';
import { freshdesk } from './freshdesk';
import { helpscout } from './helpscout';
import { ApiClient, type HttpDeps } from './http';
import { intercom } from './intercom';
import { type HelpCenterKind, type HelpCenterSecret, type SyncProblem, SyncStop } from './types';
import { zendesk } from './zendesk';

export const CONNECTORS: Record<HelpCenterKind, Connector> = { zendesk, freshdesk, intercom, helpscout };

/** A complete listing at least this often: only a complete listing finds articles that were removed. */
export const FULL_EVERY_MS = 24 * 60 * 60 * 1000;

export interface HelpCenterSyncDeps extends HttpDeps {
  secret(id: string): Promise<HelpCenterSecret | undefined>;
}

export type HelpCenterSyncResult =
  | {
      id: string;
      status: 'ok';
      applied: HelpCenterApplied;
      requests: number;
      bytes: number;
      mode: 'full' | 'incremental';
    }
  | { id: string; status: 'error'; problem: SyncProblem; message: string; retryAt?: number };

export async function syncHelpCenter(
  db: OwnItDatabase,
  id: string,
  deps: HelpCenterSyncDeps,
  options: { full?: boolean } = {},
): Promise<HelpCenterSyncResult | null> {
  const connection = await helpCenters.get(db, id);
  if (!connection) return null;
  const now = deps.now();
  const fail = async (stop: { problem: SyncProblem; message: string; retryAt?: number | undefined }) => {
    try {
      await recordHelpCenterFailure(db, id, stop, now);
    } catch {
      // The database itself failed: the result still says why.
    }
    return {
      id,
      status: 'error' as const,
      problem: stop.problem,
      message: stop.message,
      ...(stop.retryAt === undefined ? {} : { retryAt: stop.retryAt }),
    };
  };
  try {
    const secret = await deps.secret(id);
    const connector = CONNECTORS[connection.kind];
    const client = new ApiClient(connection.base, connector.headers(connection, secret), deps);
    const fullAt = connection.cursor?.fullAt;
    const mode =
      options.full || fullAt === undefined || now - fullAt >= FULL_EVERY_MS ? 'full' : 'incremental';
    const run = await connector.run({ connection, client, mode, now, authenticated: secret !== undefined });
    const applied = await applyHelpCenterRun(
      db,
      id,
      { ...run, requests: client.requests, bytes: client.bytes },
      deps.now(),
    );
    if (!applied) return null;
    return { id, status: 'ok', applied, requests: client.requests, bytes: client.bytes, mode };
  } catch (error) {
    if (error instanceof SyncStop)
      return fail({ problem: error.problem, message: error.message, retryAt: error.retryAt });
    return fail({
      problem: 'rejected',
      message: t('helpCenterSyncFailed', error instanceof Error ? error.message : String(error)),
    });
  }
}
