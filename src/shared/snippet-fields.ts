// The one `{{field}}` syntax of snippets, wherever they are written (snippets, playbook steps, fenced
// snippets in articles). Pure: no DOM, no database, never throws.
//
//   {{name}}                      text the agent types
//   {{name:text(hint)}}           text, with a hint shown in the empty box
//   {{name:date}}                 a date, picked in a date box and written out in the agent's language
//   {{name:choice(A|B|C)}}        one of a few answers
//   {{name?}} / {{name?:date}}    the same, but optional: left empty, it disappears from the reply
//
// Anything else between braces (`{{ oops`, `{{a b}}`, `{{x:colour}}`) is plain text and stays as written.
import type { PageContext } from './model';

export type FieldType = 'text' | 'date' | 'choice';

export interface SnippetField {
  name: string;
  type: FieldType;
  /** For a choice: its answers, in order. */
  choices: string[];
  /** For text: what the empty box suggests. */
  hint?: string;
  optional: boolean;
}

export type SnippetPart =
  | { kind: 'text'; text: string }
  | { kind: 'field'; raw: string; field: SnippetField };

const FIELD = /\{\{\s*([A-Za-z_][\w.]*)(\?)?\s*(?::\s*(text|date|choice)\s*(?:\(([^(){}]*)\))?\s*)?\}\}/g;

function fieldOf(name: string, optional: boolean, type: string | undefined, args: string | undefined) {
  if (type === 'choice') {
    const choices = [...new Set((args ?? '').split('|').map((c) => c.trim()))].filter(Boolean);
    // A choice with nothing to choose from is not a field: it stays text so the writer sees it.
    if (choices.length === 0) return undefined;
    return { name, type: 'choice', choices, optional } satisfies SnippetField;
  }
  if (type === 'date')
    return args === undefined ? ({ name, type, choices: [], optional } as SnippetField) : undefined;
  const field: SnippetField = { name, type: 'text', choices: [], optional };
  const hint = args?.trim();
  if (hint) field.hint = hint;
  return field;
}

/** Splits a snippet into its plain text and its fields; joining every part's text or raw gives it back. */
export function parseSnippet(snippet: string): SnippetPart[] {
  const body = String(snippet ?? '');
  const parts: SnippetPart[] = [];
  let last = 0;
  let pending = '';
  for (const match of body.matchAll(FIELD)) {
    const [raw, name, optional, type, args] = match;
    const field = fieldOf(name as string, optional === '?', type, args);
    if (!field) continue;
    pending += body.slice(last, match.index);
    if (pending) parts.push({ kind: 'text', text: pending });
    pending = '';
    parts.push({ kind: 'field', raw, field });
    last = match.index + raw.length;
  }
  pending += body.slice(last);
  if (pending) parts.push({ kind: 'text', text: pending });
  return parts;
}

/** Each field once, in the order it first appears; a later `{{name…}}` of the same name reuses the first. */
export function fieldsOf(body: string): SnippetField[] {
  const seen = new Map<string, SnippetField>();
  for (const part of parseSnippet(body)) {
    if (part.kind === 'field' && !seen.has(part.field.name)) seen.set(part.field.name, part.field);
  }
  return [...seen.values()];
}

export type FieldValues = Readonly<Record<string, string | undefined>>;

/** The value given for a field, trimmed; '' when none (a field named `constructor` is no inherited value). */
export function fieldValue(values: FieldValues, name: string): string {
  const value = Object.hasOwn(values, name) ? values[name] : undefined;
  return typeof value === 'string' ? value.trim() : '';
}

/** A date picked as YYYY-MM-DD, written out as the agent would ("Friday 28 November"). */
export function formatDate(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return iso;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
  try {
    return date.toLocaleDateString(locale, options);
  } catch {
    return date.toLocaleDateString('en', options);
  }
}

/**
 * The snippet with the given values in place. A field without a value stays as written (`{{order}}`) so
 * nothing is silently lost, except an optional one, which disappears.
 */
export function fillFields(body: string, values: FieldValues, locale = 'en'): string {
  return parseSnippet(body)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const value = fieldValue(values, part.field.name);
      if (!value) return part.field.optional ? '' : part.raw;
      return part.field.type === 'date' ? formatDate(value, locale) : value;
    })
    .join('');
}

/** Required fields that have no value yet, each once. */
export function missingFields(body: string, values: FieldValues): SnippetField[] {
  return fieldsOf(body).filter((field) => !field.optional && !fieldValue(values, field.name));
}

/** Fields the open page can answer by itself. */
export const PAGE_FIELDS = [
  'customer.name',
  'customer.fullname',
  'ticket.id',
  'ticket.subject',
  'agent.name',
];

/** What the page (and the agent's remembered name) answers; unknown facts are left out. */
export function pageValues(context: PageContext | undefined, agentName: string): Record<string, string> {
  const known: Record<string, string | undefined> = {
    'customer.name': context?.customerName?.trim().split(/\s+/)[0],
    'customer.fullname': context?.customerName?.trim(),
    'ticket.id': context?.ticketId,
    'ticket.subject': context?.subject?.trim(),
    'agent.name': agentName.trim(),
  };
  return Object.fromEntries(
    Object.entries(known).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}
