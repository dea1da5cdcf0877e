// The structural features of a customer's limit alarm that scripts/limits-veto.ts learns a veto from: the
// structure around the ask and its amount, a logistic model's confidence over them. The veto is not in the
// engine (judged leave-one-writer-out it cut no false alarm of a writer left out); only this script reads them.

import type { AmountSpan } from '../src/nudges/amounts/amounts';
import type { Ask } from '../src/nudges/limits/asks';
import type { Doc, Sentence } from '../src/nudges/text/document';
import type { NudgeRule } from '../src/nudges/types';

/** The features' names, in the order of `alarmFeatures`' values and of a model's weights. */
export const FEATURES = [
  'sameSentence',
  'sentencesApart',
  'amountAfterAsk',
  'wordsApart',
  'objectOfAsk',
  'pricePhrase',
  'paidOrCost',
  'question',
  'imperative',
  'conditional',
  'past',
  'negated',
  'firstPersonAsks',
  'firstPersonReports',
  'quoted',
  'amountsInSentence',
  'amountsInMessage',
  'largestInMessage',
  'smallestOfSeveral',
  'currencyWritten',
  'actionWordNear',
  'boundPhrase',
  'perUnit',
  'thirdParty',
  'thanks',
  'purchase',
  'overLimit',
  'timesLimit',
  'ruleKeywordsOnly',
  'messageSentences',
] as const;

export interface VetoModel {
  /** Weights in `FEATURES` order, over features standardised by `mean` and `scale`. */
  weights: number[];
  bias: number;
  mean: number[];
  scale: number[];
  /** An alarm whose confidence is below this would be silenced; 0 silences none. */
  threshold: number;
}

const WORD = /[\p{L}\p{N}'’¤-]+/gu;
const words = (text: string): string[] => text.match(WORD) ?? [];

// Between a request verb and its object: articles, possessives, a pronoun, "back", "for", "of".
const OBJECT_GAP =
  /^(?:\s*\b(?:me|us|the|a|an|my|our|that|this|those|full|whole|back|for|of|extra|entire|total)\b)*\s*$/;
const PRICE_BEFORE =
  /\b(?:paid|pay|paying|cost|costs|costing|priced|price|prices|total|totals|totalled|charged|charge|bill|billed|spent|worth|subtotal|was|were|is|are|for|at)\s*(?:me|us|of|only|just|about|around|over|a total of|was|is)?\s*$/;
const PAID_OR_COST = /\b(?:paid|pay|cost|costs|spent|bought|purchased|charged|billed)\b/;
const QUESTION = /\?\s*$/;
const IMPERATIVE =
  /^(?:(?:hi|hello|hey|so|and|but|ok|okay|also|then|just|kindly|pls|plz|please)[,!]?\s+)*(?:please\s+|kindly\s+|pls\s+)?(?:refund|credit|waive|remove|reverse|cancel|give|send|issue|apply|cover|reimburse|compensate|return|take|knock|drop|match|put|add|make|process|comp|discount|void|adjust|honou?r)\b/;
const CONDITIONAL = /\b(?:if|unless|in case|otherwise|would have|should i|supposing|what if|in the event)\b/;
const PAST =
  /\b(?:was|were|had|did|got|received|refunded|credited|waived|approved|issued|gave|given|granted|applied|processed|already|last (?:week|month|time|year)|ago|previously|earlier)\b/;
const FIRST_ASKS =
  /\b(?:i'd like|i would like|i want|i need|i'm asking|i am asking|i request|i'd appreciate|can you|could you|would you|will you|can i get|could i get|can i have|may i|please|pls|kindly|i expect|i'm requesting|i'm owed|i am owed)\b/;
const FIRST_REPORTS =
  /\b(?:i|we) (?:paid|bought|ordered|purchased|got|received|spent|was charged|were charged|had|have been|noticed|saw|see)\b/;
const FORWARD = /(?:^|\n)\s*>|-{2,}\s*(?:original|forwarded) message|\bwrote:|^\s*(?:from|sent|subject):/im;
const ACTION_WORD =
  /\b(?:refund\w*|credit\w*|waive\w*|waiver|discount\w*|voucher\w*|coupon|compensat\w*|reimburs\w*|back|off|goodwill|gesture|reverse\w*|remove\w*)\b/;
const BOUND_PHRASE =
  /\b(?:at least|up to|the difference|difference of|more than|less than|over|under|no less than|a minimum of|minimum|maximum|of the|half|share|split|portion|part of)\s*$/;
const PER_UNIT = /^\s*(?:each|apiece|a piece|per\b|a month|a year|a week|a night|\/\s*(?:mo|month|yr|year))/;
const THIRD_PARTY =
  /\b(?:bank|paypal|card issuer|credit card company|courier|carrier|ups|fedex|dhl|usps|he|she|they|my (?:wife|husband|son|daughter|mother|father|friend|boss|partner|sister|brother)|her|his|their)\b/;
const THANKS = /\b(?:thanks|thank you|thx|appreciated|grateful)\b/;
const PURCHASE =
  /\b(?:buy|buying|purchase|purchasing|order(?:ing)? (?:a|another|one)|gift ?cards?|upgrade|subscribe|top up|top-up|pre-?order)\b/;

/** Where in the message's sentences an amount stands, with its sentence. */
function locate(docs: Doc[], span: AmountSpan): { sentence: Sentence; pos: number } | undefined {
  for (const doc of docs)
    for (const sentence of doc.sentences)
      for (const a of sentence.amounts) if (a.span === span) return { sentence, pos: a.pos };
  return undefined;
}

const bool = (b: boolean) => (b ? 1 : 0);

/** The structural features of a customer's ask and the amount bound to it, in `FEATURES` order. */
export function alarmFeatures(
  ask: Ask,
  span: AmountSpan,
  rule: NudgeRule,
  over: boolean,
  docs: Doc[],
): number[] {
  const where = locate(docs, span);
  const sentence = ask.sentence.text;
  const doc = ask.doc;
  const same = where?.sentence === ask.sentence;
  const apart = where ? Math.abs(where.sentence.index - ask.sentence.index) : 3;
  const pos = same && where ? where.pos : -1;
  const after = same ? pos >= ask.end : (where?.sentence.index ?? 0) > ask.sentence.index;
  const between = same ? (after ? sentence.slice(ask.end, pos) : sentence.slice(pos + 1, ask.start)) : '';
  const gap = same ? words(between).length : 12;
  const around = where ? where.sentence.text : '';
  const before = where ? around.slice(Math.max(0, where.pos - 40), where.pos) : '';
  const afterAmount = where ? around.slice(where.pos + 1, where.pos + 40) : '';
  const near = where
    ? `${words(around.slice(0, where.pos)).slice(-4).join(' ')} ${words(afterAmount).slice(0, 4).join(' ')}`
    : '';
  const all = doc.sentences.flatMap((s) => s.amounts.map((a) => a.span.amount));
  const raw = doc.raw.slice(0, Math.max(0, span.index));
  const lineStart = raw.lastIndexOf('\n') + 1;
  const limit = rule.limit && 'amount' in rule.limit ? rule.limit.amount : 0;
  return [
    bool(same),
    Math.min(apart, 3),
    bool(after),
    Math.log1p(Math.min(gap, 20)),
    bool(same && after && OBJECT_GAP.test(between)),
    bool(PRICE_BEFORE.test(before)),
    bool(PAID_OR_COST.test(around)),
    bool(QUESTION.test(sentence)),
    bool(IMPERATIVE.test(sentence)),
    bool(CONDITIONAL.test(sentence)),
    bool(PAST.test(sentence)),
    bool(ask.negated),
    bool(FIRST_ASKS.test(sentence)),
    bool(FIRST_REPORTS.test(sentence)),
    bool(FORWARD.test(raw) || doc.raw.slice(lineStart).trimStart().startsWith('>')),
    Math.log1p(ask.sentence.amounts.length),
    Math.log1p(all.length),
    bool(all.length > 1 && span.amount >= Math.max(...all)),
    bool(all.length > 1 && span.amount <= Math.min(...all) && span.amount < Math.max(...all)),
    bool(!span.implicit),
    bool(ACTION_WORD.test(near)),
    bool(BOUND_PHRASE.test(before)),
    bool(PER_UNIT.test(afterAmount)),
    bool(THIRD_PARTY.test(sentence)),
    bool(doc.sentences.some((s) => THANKS.test(s.text))),
    bool(PURCHASE.test(sentence) || PURCHASE.test(around)),
    bool(over),
    limit > 0 ? Math.max(-3, Math.min(3, Math.log(span.amount / limit))) : 0,
    bool(!ask.action),
    Math.log1p(doc.sentences.length),
  ];
}

/** The model's confidence that an alarm with these features is right. */
export function confidence(features: number[], m: VetoModel): number {
  let z = m.bias;
  for (let i = 0; i < features.length; i++)
    z += (m.weights[i] ?? 0) * (((features[i] ?? 0) - (m.mean[i] ?? 0)) / (m.scale[i] || 1));
  return 1 / (1 + Math.exp(-z));
}

/** What the trainer keeps of each limit alarm: its rule, kind and features (none for a draft's). */
export interface Observed {
  rule: string;
  kind: 'within-limit' | 'over-limit';
  features?: number[];
}
