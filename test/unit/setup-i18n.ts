// Unit tests run outside the browser: UI text comes from the English messages.json, formatted the way the
// browser formats it, so components show what an English-speaking agent sees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage, type MessageEntry, setMessageSource } from '../../src/shared/i18n';

const english = JSON.parse(
  readFileSync(join(process.cwd(), 'public/_locales/en/messages.json'), 'utf8'),
) as Record<string, MessageEntry>;

setMessageSource((key, substitutions) => formatMessage(english[key], substitutions));
