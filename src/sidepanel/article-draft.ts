// The first text of an article the agent drafts from a search that found nothing or from one of their
// cases, in the starter pack's shape (the same headings), and the draft article around it. Pure: the
// database write and opening the editor are in create-draft.ts.

import { todayIso } from '../shared/dates';
import { t } from '../shared/i18n';
import { uniqueItemId } from '../shared/item-id';
import type { Article, Note } from '../shared/model';
import { TITLE_MAX } from '../shared/text-fields';

export interface DraftText {
  title: string;
  body: string;
}

/** A draft is due for a first review this long after it is started. */
export const REVIEW_AFTER_DAYS = 90;

/** The reply's first words, in the agent's language; the panel fills {{customer.name}} in. */
const greeting = () => `${t('panelDraftGreeting')} `;

/** One line of text: the title and quotes must not break the Markdown around them. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const capitalised = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

function template(parts: {
  when: string[];
  say: string[];
  resolve: string[];
  snippet: string;
  watch: string[];
}) {
  return [
    `## ${t('captureHeadingWhen')}`,
    ...parts.when,
    '',
    `## ${t('captureHeadingCustomers')}`,
    ...parts.say.map((quote) => `- "${quote}"`),
    '',
    `## ${t('captureHeadingResolve')}`,
    ...(parts.resolve.length ? parts.resolve.map((step, i) => `${i + 1}. ${step}`) : ['1. ']),
    '',
    `## ${t('captureHeadingSay')}`,
    '```snippet',
    parts.snippet,
    '```',
    '',
    `## ${t('captureHeadingWatch')}`,
    ...(parts.watch.length ? parts.watch.map((line) => `- ${line}`) : ['- ']),
    '',
  ].join('\n');
}

/** From a search that found nothing: the search is the title and the first thing customers say. */
export function draftFromSearch(query: string): DraftText {
  const said = oneLine(query);
  return {
    title: capitalised(said).slice(0, TITLE_MAX),
    body: template({ when: [], say: said ? [said] : [], resolve: [], snippet: greeting(), watch: [] }),
  };
}

/**
 * From a case's notes (any order): the subject is the title; the notes become the steps, in the order
 * they were written, with their stage; the latest root cause and the promises made are what to watch.
 */
export function draftFromCase(notes: readonly Note[]): DraftText {
  const ordered = [...notes].sort((a, b) => a.createdAt - b.createdAt);
  const subject = oneLine(ordered.find((note) => note.subject)?.subject ?? '');
  const rootCause = oneLine([...ordered].reverse().find((note) => note.rootCause)?.rootCause ?? '');
  const promises = ordered.flatMap((note) => (note.commitment ? [oneLine(note.commitment.promise)] : []));
  const steps = ordered
    .filter((note) => oneLine(note.text))
    .map((note) => t('captureCaseStep', note.stage, oneLine(note.text)));
  const when = [
    ...(subject ? [t('captureCaseWhen', subject)] : []),
    ...(rootCause ? [t('captureCaseRootCause', rootCause)] : []),
  ];
  return {
    title: capitalised(subject || t('captureCaseUntitled')).slice(0, TITLE_MAX),
    body: template({
      when,
      say: subject ? [subject] : [],
      resolve: steps,
      snippet: greeting(),
      watch: promises.map((promise) => t('captureCasePromise', promise)),
    }),
  };
}

export interface DraftContext {
  takenIds: Iterable<string>;
  /** The agent's name from the settings; '' when not set. */
  owner: string;
  now: number;
}

/** The draft as it is stored: the agent's own, marked draft, owned by them, up for review in 90 days. */
export function draftArticle(text: DraftText, context: DraftContext): Article {
  const title = text.title.trim() || t('captureCaseUntitled');
  const article: Article = {
    id: uniqueItemId(title, context.takenIds, 'article'),
    title,
    body: text.body,
    tags: [],
    keywords: [],
    reviewBy: todayIso(new Date(context.now + REVIEW_AFTER_DAYS * 86_400_000)),
    updatedAt: context.now,
    version: 0,
    source: 'local',
    status: 'draft',
    usage: 0,
  };
  if (context.owner.trim()) article.owner = context.owner.trim();
  return article;
}
