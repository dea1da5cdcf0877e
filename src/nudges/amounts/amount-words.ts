// Amounts written in words before a currency word: "forty five dollars", "fifty bucks", "a hundred
// and twenty quid", "the hundred and twenty dollars I paid", "a forty-buck credit". Up to 999; larger
// sums are written in digits.
import type { AmountSpan } from './amounts';
import { wordCurrency } from './money';

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const UNDER_100 = `(?:(?:${TENS.slice(2).join('|')})(?:[- ](?:${ONES.slice(1, 10).join('|')}))?|${ONES.slice(1).join('|')})`;
const SPELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])((?:(?:a|one|two|three|four|five|six|seven|eight|nine) )?hundred(?:` +
    String.raw`(?: and)? ${UNDER_100})?|${UNDER_100})[\s-](dollars?|bucks?|euros?|pounds|quid)(?![\p{L}\p{N}])(?!` +
    String.raw`(?<=pounds)\s+of\b)`,
  'giu',
);

function below100(words: string): number {
  const [tens = '', ones = ''] = words.split(/[- ]/);
  const t = TENS.indexOf(tens);
  return t >= 2 ? t * 10 + Math.max(0, ONES.indexOf(ones)) : ONES.indexOf(tens);
}

function value(words: string): number {
  const [hundreds, rest] = words.split(/(?:^| )hundred(?: and)?\s?/);
  if (rest === undefined) return below100(words);
  // "Hundred" alone ("the hundred and twenty dollars") is one hundred.
  const h = !hundreds || hundreds === 'a' ? 1 : ONES.indexOf(hundreds);
  return h * 100 + (rest ? below100(rest) : 0);
}

/** Every spelled-out amount in `text`, as spans like the digit ones. */
export function spelledAmounts(text: string): AmountSpan[] {
  const spans: AmountSpan[] = [];
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
    const currency = wordCurrency(m[2] ?? '');
    const amount = value((m[1] ?? '').toLowerCase().replace(/\s+/g, ' '));
    if (!currency || !(amount > 0)) continue;
    spans.push({
      amount,
      currency,
      text: m[0],
      index: m.index,
      end: m.index + m[0].length,
      implicit: false,
    });
  }
  return spans;
}
