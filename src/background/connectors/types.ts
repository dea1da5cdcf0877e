// What every help-center connector shares: the connection it reads (no secret in it), what one run
// brings back, and the problems a run can end with. Pure types and two small helpers.
import type { PackArticle } from '../../import/types';

export {
  HELP_CENTER_KINDS,
  type HelpCenterConnection,
  type HelpCenterKind,
  type HelpCenterSecret,
  type SyncCursor,
  type SyncProblem,
} from '../../shared/help-center';

import type { HelpCenterKind, SyncCursor, SyncProblem } from '../../shared/help-center';

/** An article as a connector maps it, with its id already prefixed (`zendesk-123`). */
export type SyncedArticle = PackArticle;

export interface ConnectorRun {
  articles: SyncedArticle[];
  /** True when `articles` is the whole help center: anything else of this connection was removed. */
  complete: boolean;
  /** Ids (prefixed) the help center said were removed or unpublished. */
  removedIds: string[];
  cursor: SyncCursor;
  requests: number;
  bytes: number;
}

/** A run stopped: the knowledge base keeps its last good copy and the connection says why. */
export class SyncStop extends Error {
  constructor(
    readonly problem: SyncProblem,
    message: string,
    readonly retryAt?: number,
  ) {
    super(message);
  }
}

/** The prefixed id every connector gives an article, shared with the export importers. */
export const articleId = (kind: HelpCenterKind, id: string | number, locale?: string): string =>
  locale ? `${kind}-${id}-${locale}` : `${kind}-${id}`;
