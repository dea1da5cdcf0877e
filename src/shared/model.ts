// The data model shared by storage, search, nudges, the CLI and the UI. Pure types, no runtime.

/**
 * Where an item came from: typed by the agent, the starter pack shipped with Own It, a team pack, or a
 * connected help center (`help:<connection id>`, src/background/connectors/).
 */
export type Source = 'local' | 'starter' | `pack:${string}` | `help:${string}`;

export interface Article {
  id: string;
  title: string;
  /** Markdown. Untrusted: render only through src/shared/render.ts. */
  body: string;
  tags: string[];
  /** Words customers use for this problem that the title does not ("money back" for refund). */
  keywords: string[];
  category?: string;
  owner?: string;
  /** ISO date (YYYY-MM-DD) after which the article should be reviewed. */
  reviewBy?: string;
  /** Epoch ms of the last change. */
  updatedAt: number;
  /** Bumped on every save; used to detect conflicting edits. */
  version: number;
  source: Source;
  /** Set when the agent edits an item that came from a pack, so upgrades and syncs leave it alone. */
  editedLocally?: boolean;
  usage?: number;
  /** The article's public address in the team's help center (http or https), for "Insert link". */
  url?: string;
  /**
   * A draft is being written and is not offered to agents in the panel (not indexed) until it is
   * published. Absent means published.
   */
  status?: 'draft' | 'published';
  /**
   * Customer messages this article resolved, masked (src/search/learned-phrasings.ts), as a team pack
   * ships them; matched like the article's own phrasings. An agent's own learned phrasings are kept apart
   * (the `learned` table), so syncs and edits never touch them.
   */
  learnedPhrasings?: string[];
}

export const STAGES = ['capture', 'investigate', 'resolve', 'communicate', 'follow-up'] as const;
export type Stage = (typeof STAGES)[number];

export interface PlaybookStep {
  stage: Stage;
  text: string;
  /** Text with {{variables}} the agent can copy or insert. */
  snippet?: string;
}

export interface Playbook {
  id: string;
  title: string;
  summary: string;
  triggers: string[];
  tags: string[];
  steps: PlaybookStep[];
  updatedAt: number;
  version: number;
  source: Source;
  editedLocally?: boolean;
}

/** A reply the agent reuses, with {{fields}} (src/shared/snippet-fields.ts) filled before it is sent. */
export interface Snippet {
  id: string;
  title: string;
  /** Plain text with {{fields}}; never rendered as HTML. */
  body: string;
  tags: string[];
  /** What the agent types in a reply box to expand it (`refund` for `;refund`), without the prefix. */
  shortcut?: string;
  updatedAt: number;
  version: number;
  source: Source;
  editedLocally?: boolean;
}

/** A snippet shortcut: 1–32 lowercase letters, digits, `-` or `_`, starting with a letter or digit. */
export const SHORTCUT_PATTERN = /^[\p{Ll}\p{Lo}\d][\p{Ll}\p{Lo}\d_-]{0,31}$/u;

export const RULE_ACTIONS = [
  'refund',
  'credit',
  'replacement',
  'fee-waiver',
  'discount',
  'expedite',
  'custom',
] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];

/** What an empowerment rule's limit counts against. */
export const RULE_SCOPES = ['order', 'customer', 'account', 'case'] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

/** How often a limit starts again. */
export const RULE_PERIODS = ['day', 'week', 'month', 'year'] as const;
export type RulePeriod = (typeof RULE_PERIODS)[number];

export interface EmpowermentRule {
  id: string;
  action: RuleAction;
  /** Short human label, e.g. "Refund on an order". */
  label: string;
  limit: { amount: number; currency: string } | { count: number } | null;
  /**
   * What the limit counts against (its scope). `month` is the older form of a limit per month with no
   * scope, kept so that rules and packs written before scopes and periods read as they did.
   */
  per: RuleScope | 'month';
  /** How often the limit starts again, if it does: "$50 per customer per month". Absent: never. */
  period?: RulePeriod;
  /** Who approves beyond the limit, e.g. "team lead". Empty when the agent may always decide. */
  above: string;
  guidance: string;
  escalation: string[];
  keywords: string[];
  updatedAt: number;
  version: number;
  source: Source;
  editedLocally?: boolean;
}

export interface Commitment {
  promise: string;
  /** Epoch ms. */
  dueAt: number;
  status: 'open' | 'done' | 'missed';
  /** A snoozed reminder fires again at this time; the promise's own due time stays as it was. */
  snoozedUntil?: number;
  doneAt?: number;
}

export interface Note {
  id: string;
  /** site + ticket id when known, otherwise site + URL path. */
  ticketKey: string;
  site: string;
  ticketId?: string;
  url: string;
  subject?: string;
  customer?: string;
  text: string;
  stage: Stage;
  rootCause?: string;
  createdAt: number;
  commitment?: Commitment;
}

export type EventKind =
  | 'search-empty'
  | 'article-opened'
  | 'snippet-copied'
  | 'nudge-shown'
  | 'nudge-acted'
  | 'commitment-kept'
  | 'commitment-missed';

export interface UsageEvent {
  id?: number;
  kind: EventKind;
  at: number;
  /** Search text, article id, nudge kind… depending on the kind. */
  subject?: string;
}

export interface PackSubscription {
  id: string;
  url: string;
  etag?: string;
  version?: string;
  /** Epoch ms of the last sync that reached the pack (a new copy applied, or "not modified"). */
  lastSync?: number;
  status: 'ok' | 'error' | 'never';
  message?: string;
  /** The pack's own name and id, from the last applied copy. */
  name?: string;
  packId?: string;
  addedAt?: number;
  /** Epoch ms of the last attempt, whether or not it worked. */
  lastAttempt?: number;
  /** With status `error`: the host could not be reached, or it answered with something refused. */
  problem?: 'unreachable' | 'rejected';
  /** The last applied pack, so "Reset to the pack's version" can restore an item the agent changed. */
  applied?: Pack;
  /** `article:id` keys the pack placed; one the agent deleted since is not brought back by a sync. */
  installed?: string[];
  /** Pack items not applied because their id belongs to another source ("article refund: your own"). */
  collisions?: string[];
  /**
   * Fingerprints of the signing keys this subscription trusts (src/shared/pack-signature.ts), pinned by
   * the first signed copy applied; from then on a copy unsigned or signed by another key is refused.
   */
  trustedKeys?: string[];
}

/** The pack format: the starter pack, team packs and exports all use it (docs/pack-format.md). */
export interface Pack {
  format: 'ownit-pack';
  formatVersion: 1;
  id: string;
  name: string;
  version: string;
  description?: string;
  articles: Omit<Article, 'source' | 'version' | 'updatedAt' | 'usage' | 'editedLocally'>[];
  playbooks: Omit<Playbook, 'source' | 'version' | 'updatedAt' | 'editedLocally'>[];
  rules: Omit<EmpowermentRule, 'source' | 'version' | 'updatedAt' | 'editedLocally'>[];
  /** Optional: packs written before snippets were items have none. */
  snippets?: Omit<Snippet, 'source' | 'version' | 'updatedAt' | 'editedLocally'>[];
  /** Optional: the items' meaning vectors, in a file beside the pack (src/meaning/shipped-vectors.ts). */
  meaning?: PackMeaning;
  /** Optional: the team's own words for the handoff nudges, by language ("en", "es"). */
  phrases?: TeamPhraseLists;
}

/** A pack's reference to the file of its items' meaning vectors (docs/pack-format.md). */
export interface PackMeaning {
  /** The encoder that made them; vectors of another model are not used. */
  model: string;
  /** The file's name, in the same folder as the pack. */
  file: string;
  bytes: number;
  /** Lowercase hex SHA-256 of the file. */
  sha256: string;
}

/** The lists of team words a pack or the options page gives, per language (src/nudges/team-phrases.ts). */
export type TeamPhraseLists = Partial<
  Record<string, Partial<Record<'departments' | 'parties' | 'handoff' | 'ownership', string[]>>>
>;

/** What a content-script adapter reads off a helpdesk page (DESIGN.md). */
export interface PageContext {
  site: string;
  url: string;
  title: string;
  ticketId?: string;
  subject?: string;
  customerName?: string;
  customerMessage?: string;
  /**
   * The customer's first message of the thread when it is not the latest: what a vague follow-up ("any
   * news on this?") chases. Read by the suggestion query and meaning text (src/search/page-query.ts).
   */
  firstCustomerMessage?: string;
  selection?: string;
  draft?: string;
  /** Filled by the panel from customerMessage and draft (src/nudges/amounts/page-amounts.ts); empty from the page. */
  amounts: { amount: number; currency: string; text: string }[];
}
