// Validation of the pack format (starter pack, team packs, exports). A bad pack is rejected with
// messages that name the item and field, and nothing is written.
import * as v from 'valibot';
import { type Pack, RULE_ACTIONS, RULE_PERIODS, RULE_SCOPES, SHORTCUT_PATTERN, STAGES } from './model';
import { MAX_PACK_PHRASINGS, MAX_PHRASING_CHARS } from './phrasing-text';

const id = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(120));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
const words = v.pipe(v.array(v.pipe(v.string(), v.maxLength(120))), v.maxLength(100));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2027-03-31'));

const ArticleSchema = v.object({
  id,
  title: v.pipe(text(300), v.minLength(1, 'must not be empty')),
  body: text(1_000_000),
  tags: v.optional(words, []),
  keywords: v.optional(words, []),
  category: v.optional(text(120)),
  owner: v.optional(text(120)),
  reviewBy: v.optional(isoDate),
  /** The public address of the article where the team publishes it. */
  url: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(2_000, 'must be at most 2000 characters'),
      v.regex(/^https?:\/\/[^\s]+$/i, 'must be an http or https address'),
    ),
  ),
  /** Drafts exported for the team stay drafts where they are imported. */
  status: v.optional(v.picklist(['draft', 'published'] as const, 'must be "draft" or "published"')),
  /** What customers said when the team used this article (src/search/learned-phrasings.ts). */
  learnedPhrasings: v.optional(
    v.pipe(
      v.array(
        v.pipe(
          v.string(),
          v.trim(),
          v.minLength(1, 'must not be empty'),
          v.maxLength(MAX_PHRASING_CHARS + 1),
        ),
      ),
      v.maxLength(MAX_PACK_PHRASINGS, `must list at most ${MAX_PACK_PHRASINGS} phrasings`),
    ),
  ),
});

const StepSchema = v.object({
  stage: v.picklist(STAGES, `must be one of ${STAGES.join(', ')}`),
  text: v.pipe(text(2_000), v.minLength(1, 'must not be empty')),
  snippet: v.optional(text(5_000)),
});

const PlaybookSchema = v.object({
  id,
  title: v.pipe(text(300), v.minLength(1, 'must not be empty')),
  summary: v.optional(text(2_000), ''),
  triggers: v.optional(words, []),
  tags: v.optional(words, []),
  steps: v.pipe(v.array(StepSchema), v.minLength(1, 'needs at least one step')),
});

const SnippetSchema = v.object({
  id,
  title: v.pipe(text(300), v.minLength(1, 'must not be empty')),
  body: v.pipe(text(5_000), v.minLength(1, 'must not be empty')),
  tags: v.optional(words, []),
  shortcut: v.optional(
    v.pipe(
      v.string(),
      v.regex(SHORTCUT_PATTERN, 'must be 1 to 32 lowercase letters, digits, "-" or "_", like refund'),
    ),
  ),
});

const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0, 'must not be negative'));

export const RuleSchema = v.object({
  id,
  action: v.picklist(RULE_ACTIONS, `must be one of ${RULE_ACTIONS.join(', ')}`),
  label: v.pipe(text(200), v.minLength(1, 'must not be empty')),
  limit: v.nullable(
    v.union(
      [
        v.object({
          amount: nonNegative,
          currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a currency code like USD')),
        }),
        v.object({ count: v.pipe(nonNegative, v.integer('must be a whole number')) }),
      ],
      'must be {amount, currency}, {count} or null',
    ),
  ),
  per: v.picklist(
    [...RULE_SCOPES, 'month'] as const,
    `must be one of ${RULE_SCOPES.join(', ')} (or month, the older form)`,
  ),
  // Optional and without a default: a rule written before periods reads back exactly as it was.
  period: v.optional(v.picklist(RULE_PERIODS, `must be one of ${RULE_PERIODS.join(', ')}`)),
  above: v.optional(text(200), ''),
  guidance: v.optional(text(2_000), ''),
  escalation: v.optional(v.array(text(500)), []),
  keywords: v.optional(words, []),
});

// The team's own words per language: names of its departments and of outside parties, extra handoff and
// ownership phrasings (src/nudges/team-phrases.ts reads them).
const phraseList = v.pipe(
  v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(120))),
  v.maxLength(100, 'must have at most 100 phrases'),
);
const PhraseListsSchema = v.strictObject(
  {
    departments: v.optional(phraseList),
    parties: v.optional(phraseList),
    handoff: v.optional(phraseList),
    ownership: v.optional(phraseList),
  },
  'must be an object with departments, parties, handoff and ownership lists',
);
export const PhrasesSchema = v.strictObject(
  { en: v.optional(PhraseListsSchema), es: v.optional(PhraseListsSchema) },
  'must be an object of languages ("en", "es")',
);

const PackSchema = v.object({
  format: v.literal('ownit-pack', 'must be "ownit-pack"'),
  formatVersion: v.literal(1, 'must be 1'),
  id,
  name: v.pipe(text(200), v.minLength(1)),
  version: v.pipe(text(40), v.minLength(1)),
  description: v.optional(text(2_000)),
  articles: v.optional(v.array(ArticleSchema), []),
  playbooks: v.optional(v.array(PlaybookSchema), []),
  rules: v.optional(v.array(RuleSchema), []),
  // Optional and without a default: a pack written before snippets reads back exactly as it was.
  snippets: v.optional(v.array(SnippetSchema)),
  // Optional: where the items' meaning vectors are (a file beside the pack, by name only).
  meaning: v.optional(
    v.object({
      model: v.pipe(text(200), v.minLength(1, 'must not be empty')),
      file: v.pipe(
        v.string(),
        v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, "must be a file name in the pack's folder"),
      ),
      bytes: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(16)),
      sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')),
    }),
  ),
  // Optional and without a default, like snippets.
  phrases: v.optional(PhrasesSchema),
});

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

function describePath(issue: v.BaseIssue<unknown>): string {
  const parts = (issue.path ?? []).map((item) => {
    const key = (item as { key?: unknown }).key;
    return typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  });
  return parts.join('').replace(/^\./, '') || '(pack)';
}

/** Validates an unknown value as a pack; on failure lists each problem as "articles[3].title: …". */
export function parsePack(value: unknown): PackResult {
  const result = v.safeParse(PackSchema, value);
  if (!result.success) {
    return { ok: false, errors: result.issues.slice(0, 20).map((i) => `${describePath(i)}: ${i.message}`) };
  }
  const pack = result.output as Pack;
  const duplicates = findDuplicateIds(pack);
  if (duplicates.length > 0) return { ok: false, errors: duplicates };
  return { ok: true, pack };
}

function findDuplicateIds(pack: Pack): string[] {
  const errors: string[] = [];
  for (const kind of ['articles', 'playbooks', 'rules', 'snippets'] as const) {
    const seen = new Set<string>();
    (pack[kind] ?? []).forEach((item, index) => {
      if (seen.has(item.id)) errors.push(`${kind}[${index}].id: "${item.id}" is used twice`);
      seen.add(item.id);
    });
  }
  return errors;
}
