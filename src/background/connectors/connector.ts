// The shape of one help-center connector: the headers its API wants (the secret, on the connection's
// own origin only: src/background/connectors/http.ts) and one run, full or incremental.
import type { ApiClient } from './http';
import type { ConnectorRun, HelpCenterConnection, HelpCenterSecret } from './types';

export interface RunContext {
  connection: HelpCenterConnection;
  client: ApiClient;
  /** `full` lists the whole help center (and so finds removed articles); `incremental` only changes. */
  mode: 'full' | 'incremental';
  /** A secret was given (some endpoints, like Zendesk's incremental export, need one). */
  authenticated: boolean;
  /** Epoch ms when the run started. */
  now: number;
}

export interface Connector {
  headers(connection: HelpCenterConnection, secret: HelpCenterSecret | undefined): Record<string, string>;
  run(context: RunContext): Promise<Omit<ConnectorRun, 'requests' | 'bytes'>>;
}

/** A few minutes of overlap between runs, so a clock that differs from the server's loses nothing. */
export const OVERLAP_SECONDS = 300;
