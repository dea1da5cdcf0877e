// Money amounts in free text: "$45", "45 dollars", "USD 120", "$1,200", "€45,50", "£30", and bare
// "99.99" or "paid 45". Order numbers, phone numbers, dates, "2 items" and "3 days" are not money.

import type { FoundAmount } from '../types';
import { CODES, parseNumber, symbolCurrency, wordCurrency } from './money';

/** An amount with where it ends and whether its currency was written or only implied. */
export interface AmountSpan extends FoundAmount {
  end: number;
  /** True for a bare number ("99.99", "paid 45"): the currency is whatever the reader uses. */
  implicit: boolean;
}

const MAX_AMOUNTS = 50;
const NUMBER = String.raw`(?:\d{1,3}(?:[,.\u00a0\u202f]\d{3})+|\d+)(?:[.,]\d{1,2})?`;
// Not in the middle of a longer number ("12.05.2024", "1-800-555-0199") or a word.
const AFTER = String.raw`(?![\p{N}]|[.,/:-]\d)`;
const SYMBOL = String.raw`US\$|CA\$|AU\$|NZ\$|HK\$|[CARS]\$|\$|€|£|¥|₹|₩|₺|₪|₱`;
const CODE = CODES.join('|');
const WORD = String.raw`(?:(?:US|American|Canadian|Australian)\s+)?(?:dollars?|bucks?|euros?|pounds(?:\s+sterling)?|quid|yen|rupees?|(?:Swiss\s+)?francs?|cents?|pence)`;

const PREFIX_SYMBOL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${SYMBOL})\s?(${NUMBER})(k)?${AFTER}(?![\p{L}])`,
  'gu',
);
const PREFIX_CODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${CODE})\s?(${NUMBER})(k)?${AFTER}(?![\p{L}])`,
  'giu',
);
const SUFFIX = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/:-])(${NUMBER})(k)?\s?(${CODE}|€|£|\$|zł)(?![\p{L}\p{N}])`,
  'giu',
);
const SUFFIX_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/:$€£-])(${NUMBER})(k)?[\s-]?(${WORD})(?![\p{L}\p{N}])(?!(?<=pounds?)\s+(?:of|in weight|heavy)\b)`,
  'giu',
);
// "99.99": two decimals and nothing that makes it a measure, a version, a time or a date.
const BARE_DECIMAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/:$€£#-])(\d{1,3}(?:,\d{3})+|\d{1,7})\.(\d{2})${AFTER}(?![\p{L}%°])`,
  'gu',
);
// "paid 45", "charged me 120", "refund of 60": a whole number right after a money verb.
const BARE_AFTER_VERB = new RegExp(
  String.raw`\b(?:paid|pay|paying|charged|cost|costs|costing|priced at|spent|spend|refund(?:ed)?|reimburse(?:d)?` +
    String.raw`|owed?|worth|total(?:led|ling|ed)?|billed|debited|deducted)(?:\s+(?:me|you|us|of|was|is|for|back` +
    String.raw`|about|around|almost|nearly|over|only|just|a total of)){0,2}\s+(\d{1,3}(?:,\d{3})+|\d{1,6})${AFTER}` +
    String.raw`(?![\p{L}%°])`,
  'giu',
);
const NOT_MONEY_AFTER = new RegExp(
  String.raw`^\s*(?:%|percent|times|x\b|items?|pieces?|pcs|units?|orders?|days?|weeks?|months?|years?|hours?|hrs?` +
    String.raw`|minutes?|mins?|seconds?|kg|g\b|lbs?|km|miles?|mi\b|cm|mm|m\b|inch|ft|gb|mb|tb|ghz|mhz|mph|am\b|pm\b` +
    String.raw`|stars?|people|of\b)`,
  'i',
);
const NOT_MONEY_BEFORE =
  /(?:\b(?:v|version|rating|score|ios|android|build|firmware|weigh\w*|lost|gained|at|by|from|until|till|before|after|around|between)\s*|#\s*)$/i;

// "$40 AUD", "$25 CAD": a code after a dollar amount says which dollar.
const CODE_AFTER = new RegExp(String.raw`^\s?(${CODE})(?![\p{L}\p{N}])`, 'iu');

// Codes that are also everyday words ("try 3 times", "php 8") count only when written in capitals.
const WORDLIKE_CODES = new Set(['TRY', 'PHP', 'COP', 'RON']);

function writtenCode(raw: string): string | undefined {
  const code = raw.toUpperCase();
  return WORDLIKE_CODES.has(code) && raw !== code ? undefined : code;
}

type Reader = (m: RegExpExecArray) => { number: string; currency: string | undefined; k?: boolean };

function collect(text: string, pattern: RegExp, read: Reader, implicit = false): AmountSpan[] {
  const spans: AmountSpan[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const { number, currency, k } = read(m);
    let value = parseNumber(number);
    if (value === undefined || !currency) continue;
    const word = m[0];
    if (/^(?:cents?|pence)$/i.test((m[3] ?? '').trim())) value /= 100;
    const amount = k ? Math.round(value * 1000 * 100) / 100 : value;
    const start = m.index + (implicit ? word.indexOf(number) : 0);
    spans.push({
      amount,
      currency,
      text: text.slice(start, m.index + word.length).trim(),
      index: start,
      end: m.index + word.length,
      implicit,
    });
  }
  return spans;
}

function bare(text: string): AmountSpan[] {
  const spans = [
    ...collect(text, BARE_DECIMAL, (m) => ({ number: m[0], currency: 'USD' }), true),
    ...collect(text, BARE_AFTER_VERB, (m) => ({ number: m[1] ?? '', currency: 'USD' }), true),
  ];
  return spans.filter((span) => {
    if (NOT_MONEY_AFTER.test(text.slice(span.end, span.end + 12))) return false;
    const before = text.slice(Math.max(0, span.index - 12), span.index);
    // "at 4.30", "by 3.15" read as times, but "paid 45" keeps its verb in front.
    return (
      !NOT_MONEY_BEFORE.test(before) || /paid|charged|cost|spent|refund|worth|total|billed/i.test(before)
    );
  });
}

/** Reads amounts another way (spelled-out numbers); kept out of this file so the page reader stays small. */
export type ExtraAmounts = (text: string) => AmountSpan[];

/** Every amount in `text`, in reading order, with where it ends and whether it was implicit. */
export function scanAmounts(text: string, extra?: ExtraAmounts): AmountSpan[] {
  if (!text) return [];
  const spans = [
    ...collect(text, PREFIX_SYMBOL, (m) => ({
      number: m[2] ?? '',
      currency: symbolCurrency(m[1] ?? ''),
      k: !!m[3],
    })),
    ...collect(text, PREFIX_CODE, (m) => ({
      number: m[2] ?? '',
      currency: writtenCode(m[1] ?? ''),
      k: !!m[3],
    })),
    ...collect(text, SUFFIX, (m) => ({
      number: m[1] ?? '',
      currency:
        symbolCurrency(m[3] ?? '') ?? ((m[3] ?? '').toLowerCase() === 'zł' ? 'PLN' : writtenCode(m[3] ?? '')),
      k: !!m[2],
    })),
    ...collect(text, SUFFIX_WORD, (m) => ({
      number: m[1] ?? '',
      currency: wordCurrency(m[3] ?? ''),
      k: !!m[2],
    })),
    ...bare(text),
    ...(extra && /(?:dollar|buck|euro|pound|quid)/i.test(text) ? extra(text) : []),
  ].sort((a, b) => a.index - b.index || b.end - a.end || Number(a.implicit) - Number(b.implicit));
  for (const span of spans) {
    if (span.implicit || !/^\D*\$/.test(span.text)) continue;
    const after = CODE_AFTER.exec(text.slice(span.end));
    const code = after && writtenCode(after[1] ?? '');
    if (!after || !code) continue;
    span.currency = code;
    span.end += after[0].length;
    span.text = text.slice(span.index, span.end).trim();
  }
  const kept: AmountSpan[] = [];
  let reached = -1;
  for (const span of spans) {
    if (span.index < reached) continue;
    reached = span.end;
    kept.push(span);
    if (kept.length >= MAX_AMOUNTS) break;
  }
  return kept;
}

/**
 * Every money amount in `text`, in reading order, with an ISO currency code. A bare number
 * ("99.99", "paid 45") takes the currency of the first amount written with one, else
 * `defaultCurrency` (USD unless given).
 */
export function findAmounts(text: string, defaultCurrency = 'USD', extra?: ExtraAmounts): FoundAmount[] {
  const spans = scanAmounts(typeof text === 'string' ? text : '', extra);
  const written = spans.find((span) => !span.implicit)?.currency ?? defaultCurrency;
  return spans.map((span) => ({
    amount: span.amount,
    currency: span.implicit ? written : span.currency,
    text: span.text,
    index: span.index,
  }));
}
