// Money amounts in free text ("$45", "45 dollars", "USD 120", "€45,50", "99.99 EUR"). Pure, no DOM.
import type { PageContext } from '../shared/model';

export type Amount = PageContext['amounts'][number];

const MAX_AMOUNTS = 20;

const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  CA$: 'CAD',
  AU$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  MX$: 'MXN',
  C$: 'CAD',
  A$: 'AUD',
  R$: 'BRL',
  S$: 'SGD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  '₱': 'PHP',
  zł: 'PLN',
};

const CODES =
  'USD|EUR|GBP|CAD|AUD|NZD|JPY|CNY|INR|CHF|SEK|NOK|DKK|PLN|CZK|HUF|MXN|BRL|ZAR|SGD|HKD|KRW|TRY|ILS|AED|SAR|PHP|THB|MYR|IDR';
// 1,200 / 1.200,50 / 45 / 45.99 / 45,50; non-breaking spaces also group thousands ("1 200 €").
const NUMBER = String.raw`(?:\d{1,3}(?:[,.\u00a0\u202f]\d{3})+|\d+)(?:[.,]\d{1,2})?`;
const BEFORE = String.raw`(?<![\p{L}\p{N}$€£¥.,])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

const PREFIX_SYMBOL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(US\$|CA\$|AU\$|NZ\$|HK\$|MX\$|[CARS]\$|\$|€|£|¥|₹|₩|₽|₺|₪|₱)\s?(${NUMBER})(k)?${AFTER}`,
  'gu',
);
const PREFIX_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${CODES})\s?(${NUMBER})(k)?${AFTER}`, 'gu');
const SUFFIX_CODE = new RegExp(String.raw`${BEFORE}(${NUMBER})(k)?\s?(${CODES}|€|£|zł)${AFTER}`, 'gu');
const SUFFIX_WORD = new RegExp(
  String.raw`${BEFORE}(${NUMBER})(k)?\s?((?:(?:US|American|Canadian|Australian|New Zealand|Hong Kong|Singapore)\s+)?dollars?|bucks|euros?|pounds?(?:\s+sterling)?|quid|yen|rupees?|(?:Swiss\s+)?francs?)${AFTER}(?!\s+(?:of|in weight|heavy)\b)`,
  'giu',
);

const WORD_CURRENCY: [RegExp, string][] = [
  [/^canadian/i, 'CAD'],
  [/^australian/i, 'AUD'],
  [/^new zealand/i, 'NZD'],
  [/^hong kong/i, 'HKD'],
  [/^singapore/i, 'SGD'],
  [/dollar|bucks/i, 'USD'],
  [/euro/i, 'EUR'],
  [/pound|quid/i, 'GBP'],
  [/yen/i, 'JPY'],
  [/rupee/i, 'INR'],
  [/franc/i, 'CHF'],
];

/** Parses "1,200", "1.200,50", "45,50", "99.99" into a number. */
export function parseAmountNumber(raw: string): number | undefined {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, ',');
  const decimal = /^(.*?)[.,](\d{1,2})$/.exec(compact);
  const whole = (decimal ? (decimal[1] ?? '') : compact).replace(/[.,]/g, '');
  const text = decimal ? `${whole || '0'}.${decimal[2]}` : whole;
  if (!/^\d+(?:\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value <= 1e12 ? value : undefined;
}

interface Hit extends Amount {
  start: number;
  end: number;
}

function collect(
  text: string,
  pattern: RegExp,
  read: (m: RegExpExecArray) => [string, string, string?],
): Hit[] {
  const hits: Hit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [currency, number, thousands] = read(m);
    const value = parseAmountNumber(number);
    if (value === undefined || !currency) continue;
    hits.push({
      amount: thousands ? Math.round(value * 1000 * 100) / 100 : value,
      currency,
      text: m[0].trim(),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return hits;
}

function wordCurrency(word: string): string {
  return WORD_CURRENCY.find(([re]) => re.test(word))?.[1] ?? 'USD';
}

/** Every money amount in `text`, in reading order, with an ISO currency code. */
export function findAmounts(text: string): Amount[] {
  if (!text) return [];
  const hits = [
    ...collect(text, PREFIX_SYMBOL, (m) => [SYMBOLS[m[1] ?? ''] ?? '', m[2] ?? '', m[3]]),
    ...collect(text, PREFIX_CODE, (m) => [(m[1] ?? '').toUpperCase(), m[2] ?? '', m[3]]),
    ...collect(text, SUFFIX_CODE, (m) => [
      SYMBOLS[m[3] ?? ''] ?? (m[3] ?? '').toUpperCase(),
      m[1] ?? '',
      m[2],
    ]),
    ...collect(text, SUFFIX_WORD, (m) => [wordCurrency(m[3] ?? ''), m[1] ?? '', m[2]]),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const amounts: Amount[] = [];
  let reached = -1;
  for (const hit of hits) {
    if (hit.start < reached) continue;
    reached = hit.end;
    amounts.push({ amount: hit.amount, currency: hit.currency, text: hit.text });
    if (amounts.length >= MAX_AMOUNTS) break;
  }
  return amounts;
}
