// The snippet form's values ⇄ a Snippet, validation that names each field, and the list's search and
// tag filter. Pure: no DOM, no database. Limits match the pack format (src/shared/pack-schema.ts).
import { t } from '../shared/i18n';
import { uniqueItemId } from '../shared/item-id';
import { SHORTCUT_PATTERN, type Snippet } from '../shared/model';
import { parseSnippet } from '../shared/snippet-fields';
import { parseKeywords, TITLE_MAX } from '../shared/text-fields';
import { localCopy, titleError } from './item-copy';
import type { FieldErrors, ItemFormKit, Validated } from './use-item-form';

export const BODY_MAX = 5_000;

export interface SnippetFormValues {
  title: string;
  /** Comma-separated. */
  tags: string;
  body: string;
  /** Typed in a reply box after the prefix (`refund` for `;refund`); empty for none. */
  shortcut: string;
}

export type SnippetFormErrors = FieldErrors<SnippetFormValues>;
export type SnippetFormResult = Validated<Snippet, SnippetFormErrors>;

export function emptySnippetForm(): SnippetFormValues {
  return { title: '', tags: '', body: '', shortcut: '' };
}

export function formFromSnippet(snippet: Snippet): SnippetFormValues {
  return {
    title: snippet.title,
    tags: snippet.tags.join(', '),
    body: snippet.body,
    shortcut: snippet.shortcut ?? '',
  };
}

/** A shortcut as stored: trimmed, lowercase, without a prefix the agent may have typed with it. */
export function normalShortcut(typed: string): string {
  return typed
    .trim()
    .toLowerCase()
    .replace(/^[^\p{L}\d]+/u, '');
}

export function validateSnippetForm(
  values: SnippetFormValues,
  /** Shortcuts other snippets use, lowercase. */
  takenShortcuts: ReadonlySet<string> = new Set(),
): SnippetFormErrors {
  const errors: SnippetFormErrors = {};
  const shortcut = normalShortcut(values.shortcut ?? '');
  if (shortcut && !SHORTCUT_PATTERN.test(shortcut)) errors.shortcut = t('snippetErrorShortcut');
  else if (shortcut && takenShortcuts.has(shortcut))
    errors.shortcut = t('snippetErrorShortcutTaken', shortcut);
  const title = titleError(values.title, t('snippetErrorTitle'), t('snippetErrorTitleLong', TITLE_MAX));
  if (title) errors.title = title;
  if (!values.body.trim()) errors.body = t('snippetErrorBody');
  else if (values.body.length > BODY_MAX) errors.body = t('snippetErrorBodyLong', BODY_MAX.toLocaleString());
  return errors;
}

export function snippetFromForm(
  values: SnippetFormValues,
  context: { existing?: Snippet; takenIds: Iterable<string>; takenShortcuts?: ReadonlySet<string> },
): SnippetFormResult {
  const errors = validateSnippetForm(values, context.takenShortcuts);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const { existing } = context;
  const shortcut = normalShortcut(values.shortcut ?? '');
  const snippet: Snippet = {
    ...existing,
    id: existing?.id ?? uniqueItemId(values.title, context.takenIds, 'snippet'),
    title: values.title.trim(),
    tags: parseKeywords(values.tags),
    body: values.body.replace(/\s+$/, ''),
    updatedAt: existing?.updatedAt ?? 0,
    version: existing?.version ?? 0,
    source: existing?.source ?? 'local',
  };
  if (shortcut) snippet.shortcut = shortcut;
  else delete snippet.shortcut;
  return { ok: true, item: snippet };
}

/** The agent's copy of a snippet someone else changed meanwhile: a new local snippet beside it. */
export function copyOfSnippet(snippet: Snippet, takenIds: Iterable<string>): Snippet {
  const title = t('snippetCopyTitle', snippet.title).slice(0, TITLE_MAX);
  const copy = localCopy(snippet, title, uniqueItemId(title, takenIds, 'snippet'));
  // A shortcut names one snippet; the copy gets its own if the agent wants one.
  delete copy.shortcut;
  return copy;
}

/**
 * Double braces the agent probably meant as a field but that are not one (`{{date:tomorrow}}`): they go
 * out as written, so the form points them out.
 */
export function notFields(body: string): string[] {
  const found = parseSnippet(body).flatMap((part) =>
    part.kind === 'text' ? [...part.text.matchAll(/\{\{[^{}\n]*\}\}/g)].map((m) => m[0]) : [],
  );
  return [...new Set(found)];
}

export interface SnippetFilter {
  text: string;
  tag: string;
}

/** Snippets whose title, tags or text hold every word searched for, with the tag chosen; by title. */
export function filterSnippets(list: readonly Snippet[], filter: SnippetFilter): Snippet[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const tag = filter.tag.toLowerCase();
  return list
    .filter((snippet) => !tag || snippet.tags.some((own) => own.toLowerCase() === tag))
    .filter((snippet) => {
      const haystack = [snippet.title, snippet.body, ...snippet.tags].join('\n').toLowerCase();
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }));
}

/** Every tag in use, once whatever its case (as first written), in alphabetical order. */
export function snippetTags(list: readonly Snippet[]): string[] {
  const tags = new Map<string, string>();
  for (const tag of list.flatMap((snippet) => snippet.tags)) {
    if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  }
  return [...tags.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}

/** A snippet's text on one line, past its greeting, short enough to scan a list. */
export function snippetPreview(body: string, max = 160): string {
  const lines = body
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const greeting =
    lines.length > 1 && /^(hi|hello|dear|hey|hola|buenas|estimad[oa])\b.{0,40},?$/i.test(lines[0] ?? '');
  const text = (greeting ? lines.slice(1) : lines).join(' ');
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The snippet form's parts for `useItemForm`. */
export const SNIPPET_FORM: ItemFormKit<
  Snippet,
  SnippetFormValues,
  SnippetFormErrors,
  { takenShortcuts?: ReadonlySet<string> }
> = {
  prefix: 'sn',
  empty: emptySnippetForm,
  fromItem: formFromSnippet,
  validate: snippetFromForm,
  words: { newTakenKey: 'snippetSameTitleAdded', failedKey: 'snippetSaveFailed' },
};
