// Every word the agent reads comes from the browser's i18n (`public/_locales/<lang>/messages.json`), so
// the extension speaks the browser's language. `t` is the one way UI code gets text.

/** Looks a message up with its substitutions; returns '' when the key is unknown. */
export type MessageSource = (key: string, substitutions: string[]) => string;

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage?(): string;
}

function browserI18n(): I18nApi | undefined {
  const scope = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return scope.chrome?.i18n ?? scope.browser?.i18n;
}

let source: MessageSource = (key, substitutions) => browserI18n()?.getMessage(key, substitutions) ?? '';

/** For tests and tools outside the browser: where messages come from. */
export function setMessageSource(next: MessageSource): void {
  source = next;
}

/**
 * The text of message `key` in the browser's language, with `$1`… filled from `substitutions`. An
 * unknown key shows itself rather than nothing, so a missing translation is visible, never a blank.
 */
export function t(key: string, ...substitutions: (string | number)[]): string {
  return source(key, substitutions.map(String)) || key;
}

/** The browser's UI language ("en", "es-419"…), for number and date formatting. */
export function uiLanguage(): string {
  return browserI18n()?.getUILanguage?.() ?? (typeof navigator === 'undefined' ? 'en' : navigator.language);
}

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** Formats a messages.json entry as the browser does: named placeholders, `$1`…`$9`, and `$$` for `$`. */
export function formatMessage(entry: MessageEntry | undefined, substitutions: string[]): string {
  if (!entry) return '';
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const fill = (text: string) =>
    text.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
  return entry.message.replace(
    /\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g,
    (whole, name?: string, digit?: string) => {
      if (whole === '$$') return '$';
      if (digit) return substitutions[Number(digit) - 1] ?? '';
      const content = placeholders.get((name ?? '').toLowerCase());
      return content === undefined ? whole : fill(content);
    },
  );
}
