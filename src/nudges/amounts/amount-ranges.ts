// Amounts said as a range: "$30-40", "$150 - $200", "$30 to $40", "between $40 and $60", "30-40 dollars".
// One amount, judged at its upper end: the most the writer asks for. A range needs a currency written at
// one end, a lower first end and a dash, "to" or "between … and" joining them.
import type { AmountSpan } from './amounts';
import { parseNumber, symbolCurrency, wordCurrency } from './money';

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?`;
const SYMBOL = String.raw`US\$|\$|€|£`;
const JOIN = String.raw`\s?(?:-|–|—|to)\s?`;
const SYMBOL_RANGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${SYMBOL})\s?(${NUMBER})${JOIN}(?:${SYMBOL})?\s?(${NUMBER})(?![\p{L}\p{N}%]|[.,]\d)(?!\s?(?:days?|weeks?|months?|years?|hours?|items?|times|x\b|percent|people))`,
  'gu',
);
const BETWEEN = new RegExp(
  String.raw`\bbetween (${SYMBOL})?\s?(${NUMBER}) and (${SYMBOL})\s?(${NUMBER})(?![\p{L}\p{N}%]|[.,]\d)`,
  'giu',
);
const WORD_RANGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£.,/:-])(${NUMBER})${JOIN}(${NUMBER})[\s-]?(dollars|bucks|euros|pounds|quid)(?![\p{L}\p{N}])`,
  'giu',
);

function span(
  text: string,
  index: number,
  end: number,
  low: string,
  high: string,
  currency?: string,
): AmountSpan | undefined {
  const a = parseNumber(low);
  const b = parseNumber(high);
  if (!currency || a === undefined || b === undefined || !(a < b)) return undefined;
  return { amount: b, currency, text: text.slice(index, end).trim(), index, end, implicit: false };
}

/** The ranges of money in `text`, each as one amount at its upper end. */
export function rangeAmounts(text: string): AmountSpan[] {
  const found: AmountSpan[] = [];
  const push = (s: AmountSpan | undefined) => {
    if (s) found.push(s);
  };
  for (const m of text.matchAll(SYMBOL_RANGE))
    push(span(text, m.index, m.index + m[0].length, m[2] ?? '', m[3] ?? '', symbolCurrency(m[1] ?? '')));
  for (const m of text.matchAll(BETWEEN)) {
    const start = m.index + m[0].indexOf(m[1] ?? m[2] ?? '');
    push(span(text, start, m.index + m[0].length, m[2] ?? '', m[4] ?? '', symbolCurrency(m[3] ?? '')));
  }
  for (const m of text.matchAll(WORD_RANGE))
    push(span(text, m.index, m.index + m[0].length, m[1] ?? '', m[2] ?? '', wordCurrency(m[3] ?? '')));
  return found;
}

/** `spans` with every amount a range covers replaced by the range, in reading order. */
export function withRanges(text: string, spans: AmountSpan[]): AmountSpan[] {
  const ranges = rangeAmounts(text);
  if (ranges.length === 0) return spans;
  const kept = spans.filter((s) => !ranges.some((r) => s.index < r.end && r.index < s.end));
  return [...kept, ...ranges].sort((a, b) => a.index - b.index);
}
