// Currencies as people write them, number parsing ("1,200", "45,50"), and money formatting.
import { CURRENCY_CODES } from '../../shared/currencies';
import { uiLanguage } from '../../shared/i18n';

/** Currency symbols and the ISO code each stands for. Longest first, so "US$" wins over "$". */
export const SYMBOLS: [string, string][] = [
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['R$', 'BRL'],
  ['S$', 'SGD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['₱', 'PHP'],
];

/** The codes read beside an amount (src/shared/currencies.ts has the one list). */
export const CODES: readonly string[] = CURRENCY_CODES;

/** Currency words after a number ("45 dollars", "30 quid") and the code each stands for. */
export const WORDS: [RegExp, string][] = [
  [/^canadian/i, 'CAD'],
  [/^australian/i, 'AUD'],
  [/^(?:us|american)/i, 'USD'],
  [/^(?:dollars?|bucks?)$/i, 'USD'],
  [/^cents?$/i, 'USD'],
  [/^euros?$/i, 'EUR'],
  [/^(?:pounds|quid|pounds? sterling)$/i, 'GBP'],
  [/^pence$/i, 'GBP'],
  [/^yen$/i, 'JPY'],
  [/^rupees?$/i, 'INR'],
  [/^(?:swiss )?francs?$/i, 'CHF'],
];

const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'MXN']);

/**
 * Parses "1,200", "1.200,50", "45,50", "99.99", "1 200" into a number: a separator followed by
 * exactly three digits groups thousands, one or two digits are decimals.
 */
export function parseNumber(raw: string): number | undefined {
  const compact = raw.replace(/[\s\u00a0\u202f']/g, ',');
  const decimal = /^(.*?)[.,](\d{1,2})$/.exec(compact);
  const whole = (decimal ? (decimal[1] ?? '') : compact).replace(/[.,]/g, '');
  const text = decimal ? `${whole || '0'}.${decimal[2]}` : whole;
  if (!/^\d+(?:\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value <= 1e12 ? value : undefined;
}

export function symbolCurrency(symbol: string): string | undefined {
  return SYMBOLS.find(([s]) => s === symbol.toUpperCase())?.[1];
}

export function wordCurrency(word: string): string | undefined {
  const clean = word.trim().replace(/\s+/g, ' ');
  return WORDS.find(([re]) => re.test(clean))?.[1];
}

/**
 * Whether an amount written in `written` may be compared with a limit in `rule`. A bare "$" is
 * read as USD, but a Canadian or Australian team writes "$" too, so "$" matches any dollar.
 */
export function sameCurrency(written: string, rule: string, loose = false): boolean {
  const a = written.toUpperCase();
  const b = rule.toUpperCase();
  if (a === b) return true;
  return loose && a === 'USD' && DOLLARS.has(b);
}

const PREFIX: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

/** "$100", "$1,200", "€45.50", "120 CHF"; digits grouped the way the agent's language groups them. */
export function formatMoney(amount: number, currency: string): string {
  const whole = Number.isInteger(amount);
  const digits = amount.toLocaleString(uiLanguage(), {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  });
  const symbol = PREFIX[currency.toUpperCase()];
  return symbol ? `${symbol}${digits}` : `${digits} ${currency.toUpperCase()}`;
}
