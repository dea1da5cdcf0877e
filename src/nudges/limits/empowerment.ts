// Empowerment matching: each ask is compared with the rules for its action, using the amount that
// goes with it, so the agent sees what is theirs to approve and, above the limit, how to escalate
// while keeping the customer. Amounts in another currency than the rule's are not compared
// (no silent conversion): that rule gets no limit nudge for them.

import type { RuleAction } from '../../shared/model';
import { type AmountRole, amountFits, amountFitsApart, amountRole } from '../amounts/amount-object';
import type { AmountSpan } from '../amounts/amounts';
import { sameCurrency } from '../amounts/money';
import { isConditional, OFFER } from '../text/cues';
import type { Doc } from '../text/document';
import type { NudgeRule } from '../types';
import { type Ask, dropAnswers, findAsks } from './asks';
import { REPEAT } from './requests';
import { LIMIT_WORDS } from './rule-keywords';

export interface LimitFinding {
  rule: NudgeRule;
  /**
   * `rule-note` for a rule with no money limit (a count, or none: replacements, return-window
   * extensions): there is no amount to compare, so it is no limit alarm, only what the rule allows.
   */
  kind: 'within-limit' | 'over-limit' | 'rule-note';
  /** For a rule-note: the ask goes beyond the rule's count (a second replacement on one order). */
  beyond?: boolean;
  amount?: number;
  currency?: string;
  count?: number;
  /** The draft refuses, hands off or asks approval for something within the agent's limit. */
  boosted: boolean;
  /** Reading order of the first ask, for stable output. */
  order: number;
}

const APPROVAL =
  /\b(?:approval|approve|sign[- ]off|authori[sz]ation|authori[sz]e|ok from|permission|check with my|ask my|run it by|clear it with|escalat\w*|supervisor|manager|team lead|allowed to|(?:see|check) if i can)\b/;

function gap(ask: Ask, pos: number): number {
  if (pos >= ask.end) return pos - ask.end;
  if (pos < ask.start) return ask.start - pos - 1;
  return 0;
}

/**
 * Amounts another action claims: "$10 off" belongs to the discount, not to the refund beside it.
 * Built once per ask (a long message has many asks and amounts in one sentence).
 */
function claimsOf(asks: Ask[], ask: Ask): (span: AmountSpan) => boolean {
  const rivals = asks.filter(
    (other) => other !== ask && other.action !== ask.action && other.sentence === ask.sentence,
  );
  if (rivals.length === 0) return () => false;
  const positions = new Map(ask.sentence.amounts.map((a) => [a.span, a.pos]));
  return (span) => {
    const pos = positions.get(span);
    return pos !== undefined && rivals.some((other) => pos >= other.start && pos < other.end);
  };
}

const COMPARED = /\b(?:over|above|more than|under|below|less than|exceeds?|up to|beyond)\s*$/;

// A customer's "up to ¤", "over ¤" names a bound or a policy ("can you guys give up to $50 in credit?",
// "refunds over $100"), not the amount asked for; in a draft only an if-clause makes it one.
function isBound(text: string, pos: number, field: Doc['field']): boolean {
  return (
    (field === 'text' || isConditional(text, pos)) && COMPARED.test(text.slice(Math.max(0, pos - 16), pos))
  );
}

// Whose amount it is (amount-object.ts): "My order was $200, could I get some credit?", "my $29.99
// monthly plan… send a replacement": a price of something else is not the amount asked for.
function roles(docs: Doc[]): Map<AmountSpan, AmountRole> {
  return new Map(
    docs.flatMap((doc) =>
      doc.sentences.flatMap((s) =>
        s.amounts.map((a): [AmountSpan, AmountRole] => [a.span, amountRole(s.text, a.pos)]),
      ),
    ),
  );
}

/** Amounts that are bounds in an if-clause ("I'll pay the difference if it's over $25"), not asks. */
function bounds(docs: Doc[]): Set<AmountSpan> {
  return new Set(
    docs.flatMap((doc) =>
      doc.sentences.flatMap((s) =>
        s.amounts.filter((a) => isBound(s.text, a.pos, doc.field)).map((a) => a.span),
      ),
    ),
  );
}

/** Whether `span` can be the amount of `ask`; `apart` when it is in another sentence or field. */
type Fits = (ask: Ask, span: AmountSpan, apart?: boolean) => boolean;

// The item a refund names: "a refund for the blender", "refund that mug", "my money back for the
// jacket"; its price is the amount, not another item's beside it ("a blender ($89) and a set of
// knives ($140)… I'd like a refund for the blender").
const NAMED_ITEM =
  /^(?: (?:me|us|it))?(?: back)?(?: (?:for|on|of))? (?:the|that|this|my|our|those|these) ([a-z][a-z-]{2,})(?: ([a-z][a-z-]{2,}))?/;
const NOT_AN_ITEM =
  /^(?:order|orders|purchase|amount|money|charge|charges|payment|difference|whole|full|rest|same|please)$/;
const stem = (word: string) => word.replace(/(?:es|s)$/, '');

/** The words that may name the item a refund asks for (a noun, or an adjective and a noun). */
function itemNamed(ask: Ask): string[] {
  if (ask.action !== 'refund') return [];
  const m = NAMED_ITEM.exec(ask.sentence.text.slice(ask.end));
  return [m?.[1], m?.[2]].filter((w): w is string => !!w && !NOT_AN_ITEM.test(w)).map(stem);
}

/** The amount written beside the item named: "a blender( ¤)", "the ¤ blender". */
function priceOf(item: string[], doc: Doc, free: (span: AmountSpan) => boolean): AmountSpan | undefined {
  if (item.length === 0) return undefined;
  for (const sentence of doc.sentences) {
    for (const { span, pos } of sentence.amounts) {
      const before = sentence.text.slice(Math.max(0, pos - 24), pos).match(/[a-z][a-z-]+/g) ?? [];
      const after = sentence.text.slice(pos + 1, pos + 24).match(/[a-z][a-z-]+/g) ?? [];
      const near = [...before.slice(-2), ...after.slice(0, 1)].map(stem);
      if (item.some((word) => near.includes(word)) && free(span)) return span;
    }
  }
  return undefined;
}

/** The amount that goes with `ask` in its own field: in its sentence, else the nearest sentence. */
function ownAmount(ask: Ask, asks: Ask[], fits: Fits): AmountSpan | undefined {
  const claimed = claimsOf(asks, ask);
  const free = (span: AmountSpan, apart = true) => !claimed(span) && fits(ask, span, apart);
  const own = ask.sentence.amounts
    .filter((a) => free(a.span, false))
    .sort((a, b) => gap(ask, a.pos) - gap(ask, b.pos));
  if (own[0]) return own[0].span;
  const priced = priceOf(itemNamed(ask), ask.doc, (span) => free(span));
  if (priced) return priced;
  // Sentences busy with another action keep their amounts to themselves.
  const busy = (index: number) =>
    asks.some(
      (other) => other.doc === ask.doc && other.sentence.index === index && other.action !== ask.action,
    );
  const near = ask.doc.sentences
    .filter((s) => s.amounts.some((a) => free(a.span)) && !busy(s.index))
    .sort(
      (a, b) =>
        Math.abs(a.index - ask.sentence.index) - Math.abs(b.index - ask.sentence.index) || a.index - b.index,
    )[0];
  return near ? largest(near.amounts.map((a) => a.span).filter((span) => free(span))) : undefined;
}

/**
 * The amount for each ask: its own field first; else the largest amount in the other field that no
 * ask of another action there has taken ("Refund please. $55." keeps the $55 for the refund).
 */
function pickAmounts(asks: Ask[], docs: Doc[]): Map<Ask, AmountSpan | undefined> {
  const bound = bounds(docs);
  const role = roles(docs);
  const fits: Fits = (ask, span, apart = true) => {
    const r = role.get(span);
    return !bound.has(span) && (!r || (apart ? amountFitsApart : amountFits)(ask.action, r));
  };
  const picked = new Map<Ask, AmountSpan | undefined>(asks.map((ask) => [ask, ownAmount(ask, asks, fits)]));
  for (const ask of asks) {
    if (picked.get(ask)) continue;
    const taken = (span: AmountSpan) =>
      asks.some(
        (other) => other.doc !== ask.doc && other.action !== ask.action && picked.get(other) === span,
      );
    const other = docs
      .filter((doc) => doc !== ask.doc)
      .flatMap((doc) => doc.sentences.flatMap((s) => s.amounts.map((a) => a.span)))
      .filter((span) => fits(ask, span) && !taken(span));
    picked.set(ask, largest(other));
  }
  return picked;
}

function largest(spans: AmountSpan[]): AmountSpan | undefined {
  return spans.reduce<AmountSpan | undefined>(
    (best, span) => (!best || span.amount > best.amount ? span : best),
    undefined,
  );
}

function judge(
  rule: NudgeRule,
  ask: Ask,
  span: AmountSpan | undefined,
  repeat: boolean,
): Omit<LimitFinding, 'boosted' | 'order'> | undefined {
  const limit = rule.limit;
  const offered = ask.doc.field === 'text' || (OFFER.test(ask.sentence.text) && !ask.negated);
  const decides = !rule.above?.trim();
  // A rule without a money limit has nothing to compare an amount with: what it allows is a note,
  // never a limit alarm, whatever amount stands near the ask.
  if (!limit) return offered ? { rule, kind: 'rule-note' } : undefined;
  if ('count' in limit) {
    if (!offered) return undefined;
    const count = repeat ? 2 : 1;
    return { rule, kind: 'rule-note', count, beyond: count > limit.count && !decides };
  }
  // A limit in money is judged on an amount: "I need a refund please" states none, so there is
  // nothing to compare and no limit nudge.
  if (!span) return undefined;
  if (!span.implicit && !sameCurrency(span.currency, limit.currency, span.text.startsWith('$')))
    return undefined;
  const currency = span.implicit ? limit.currency : span.currency;
  const within = span.amount <= limit.amount || decides;
  return { rule, kind: within ? 'within-limit' : 'over-limit', amount: span.amount, currency };
}

function better(a: LimitFinding, b: LimitFinding): LimitFinding {
  if (a.kind !== b.kind) return a.kind === 'over-limit' ? a : b;
  if (!!a.beyond !== !!b.beyond) return a.beyond ? a : b;
  if ((a.amount ?? -1) !== (b.amount ?? -1)) return (a.amount ?? -1) > (b.amount ?? -1) ? a : b;
  return a.order <= b.order ? a : b;
}

/**
 * A draft takes part in a limit when it offers the action, refuses it, hands it off or seeks
 * approval for it; one that only names it ("your promo ended", "our contractor runs a priority
 * service") decides nothing, so no amount, the customer's included, is judged for it.
 */
function engaged(ask: Ask, flagged: ReadonlySet<number>): boolean {
  if (ask.doc.field === 'text') return true;
  const text = ask.sentence.text.replace(NOT_OFFERED, '');
  return (
    ask.negated ||
    flagged.has(ask.sentence.index) ||
    OFFER.test(text) ||
    GIVES.test(text) ||
    APPROVAL.test(text)
  );
}

// Offers said without "I'll" or "I've" ("here's a $25 voucher", "pleased to confirm a refund"), and
// what the agent only sees or confirms ("we can confirm your payment of the fee"): data the panel
// fetches (limit-words.json).
const GIVES = new RegExp(LIMIT_WORDS.draftGives);
const NOT_OFFERED = new RegExp(LIMIT_WORDS.notOffered, 'g');

/**
 * One finding per rule that an ask in `docs` matches. `flagged` holds the indexes of draft
 * sentences with handoff or can't language.
 */
export function matchEmpowerment(
  docs: Doc[],
  rules: readonly NudgeRule[],
  flagged: ReadonlySet<number>,
): LimitFinding[] {
  const askedAbout = new Set<RuleAction>();
  const asks = dropAnswers(
    docs.flatMap((doc) => findAsks(doc, rules, askedAbout)),
    askedAbout,
  );
  const amounts = pickAmounts(asks, docs);
  const repeat = docs.some((doc) => REPEAT.test(doc.sentences.map((s) => s.text).join(' ')));
  const byRule = new Map<string, LimitFinding>();
  const matchingRules = (ask: Ask) =>
    ask.rule ? [ask.rule] : rules.filter((rule) => rule.action === ask.action);
  // Rules the draft refuses, hands off or seeks approval for, with or without an amount of its own.
  const hesitant = new Set(
    asks
      .filter((ask) => ask.doc.field === 'draft')
      .filter((ask) => flagged.has(ask.sentence.index) || APPROVAL.test(ask.sentence.text))
      .flatMap((ask) => matchingRules(ask).map((rule) => rule.id)),
  );
  asks.forEach((ask, order) => {
    if (!engaged(ask, flagged)) return;
    for (const rule of matchingRules(ask)) {
      const found = judge(rule, ask, amounts.get(ask), repeat);
      if (!found) continue;
      // A draft that simply gives what is within the limit ("I've credited $25 to your account") is
      // already saying yes: "yours to approve" would tell the agent what they are doing. Within the
      // limit, a draft is nudged only when it refuses, hands off or asks approval for it.
      if (
        found.kind === 'within-limit' &&
        ask.doc.field === 'draft' &&
        !ask.negated &&
        !hesitant.has(rule.id)
      )
        continue;
      const boosted = found.kind !== 'over-limit' && !found.beyond && hesitant.has(rule.id);
      const finding: LimitFinding = { ...found, boosted, order };
      const previous = byRule.get(rule.id);
      const chosen = previous ? better(previous, finding) : finding;
      const anyBoost = chosen.boosted || (previous?.boosted ?? false) || boosted;
      byRule.set(rule.id, {
        ...chosen,
        boosted: chosen.kind !== 'over-limit' && !chosen.beyond && anyBoost,
      });
    }
  });
  return [...byRule.values(), ...partOffers(asks, amounts, byRule)].sort((a, b) => a.order - b.order);
}

/**
 * "You asked for $100; I've put $50 on your account now and asked my team lead about the rest":
 * beside the over-limit ask, the part the draft gives within the limit is a within-limit nudge of
 * its own, for the same rule.
 */
function partOffers(
  asks: Ask[],
  amounts: Map<Ask, AmountSpan | undefined>,
  byRule: Map<string, LimitFinding>,
): LimitFinding[] {
  const found: LimitFinding[] = [];
  asks.forEach((ask, order) => {
    const over =
      ask.action && [...byRule.values()].find((f) => f.kind === 'over-limit' && f.rule.action === ask.action);
    const span = amounts.get(ask);
    if (!over || !span || ask.doc.field !== 'draft' || ask.negated || !OFFER.test(ask.sentence.text)) return;
    if (span.amount === over.amount || found.some((f) => f.rule === over.rule)) return;
    const part = judge(over.rule, ask, span, false);
    if (part?.kind === 'within-limit' && part.amount !== undefined)
      found.push({ ...part, boosted: false, order });
  });
  return found;
}
