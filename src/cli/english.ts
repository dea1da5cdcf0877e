// The command line runs outside the browser, where no i18n API gives the engine its words: it speaks
// English, read from the extension's own messages.json and formatted as the browser formats them.
// Imported for its effect, first thing, by every CLI entry point.
import { readFileSync } from 'node:fs';
import { formatMessage, type MessageEntry, setMessageSource } from '../shared/i18n';

const english = JSON.parse(
  readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, MessageEntry>;

setMessageSource((key, substitutions) => formatMessage(english[key], substitutions));
