// Empowerment matching: each ask is compared with the rules for its action, using the amount that
// goes with it, so the agent sees what is theirs to approve and, above the limit, how to escalate
// while keeping the customer. Amounts in another currency than the rule's are not compared
// (no silent conversion): that rule gets no limit nudge for them. A bare "$" from a customer who
// names the place of another dollar ("I'm in Brisbane", "your Canadian site") is that dollar.

import type { RuleAction } from '../../shared/model';
import type { AmountSpan } from '../amounts/amounts';
import { sameCurrency } from '../amounts/money';
import { OFFER } from '../text/cues';
import type { Doc } from '../text/document';
import type { NudgeRule } from '../types';
import { pickAmounts } from './ask-amounts';
import { movedHeld } from './ask-frame';
import { type Ask, dropAnswers, findAsks } from './asks';
import { reads } from './binding-settings';
import { dollarNamed } from './dollar-places';
import { askedInQuote } from './quoted-part';
import { LIMIT_WORDS, REPEAT } from './rule-keywords';

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

const APPROVAL = new RegExp(
  String.raw`\b(?:approval|approve|sign[- ]off|authori[sz]ation|authori[sz]e|ok from|permission|check with my|ask my|` +
    String.raw`run it by|clear it with|escalat\w*|supervisor|manager|team lead|allowed to|(?:see|check) if i can)\b`,
);

// The draft says the approval above the limit is already given ("my supervisor approved a $212
// refund", "after checking with my manager we agreed to…"): the over-limit nudge, which exists to
// get that approval, has nothing left to ask.
const APPROVED = new RegExp(
  String.raw`\b(?:(?:my|our|the) (?:supervisor|manager|team ?lead|lead)s? (?:has |have |had )?(?:approved|authori[sz]ed|signed off|agreed|okayed|ok'?d)|` +
    String.raw`(?:was|were|is|are|has been|have been|'s been) (?:approved|authori[sz]ed|signed off|okayed) (?:by|with) (?:my|our|the) (?:supervisor|manager|team ?lead)|` +
    String.raw`(?:with|after (?:checking|speaking|talking) with|together with) (?:my|our) (?:supervisor|manager|team ?lead)s?,? (?:and )?(?:we|i) (?:have )?(?:agreed?|approved|decided)|` +
    String.raw`i(?:'ve| have)? (?:got|received|had|obtained) (?:the )?(?:approval|authori[sz]ation|sign-off|ok|go-ahead))\b`,
  'i',
);

/** What a rule says of an ask with this amount (scripts/limits-veto.ts reads every amount near an ask with it). */
export function judge(
  rule: NudgeRule,
  ask: Ask,
  span: AmountSpan | undefined,
  repeat: boolean,
  dollar?: string,
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
  // A bare "$" or number in a message from a place of another dollar is that dollar (dollar-places.ts).
  const bare = span.implicit || span.text.startsWith('$');
  const currency = dollar && bare ? dollar : span.implicit ? limit.currency : span.currency;
  if (!sameCurrency(currency, limit.currency, !dollar && span.text.startsWith('$'))) return undefined;
  const within = span.amount <= limit.amount || decides;
  return { rule, kind: within ? 'within-limit' : 'over-limit', amount: span.amount, currency };
}

/** A limit alarm as raised, before the findings of one rule are merged (what scripts/limits-veto.ts reads). */
export interface RaisedAlarm {
  ask: Ask;
  span: AmountSpan | undefined;
  rule: NudgeRule;
  kind: 'within-limit' | 'over-limit';
  docs: Doc[];
}
let watcher: ((alarm: RaisedAlarm) => void) | undefined;

/** Sets a function told of every limit alarm as it is raised (measuring only; it changes nothing). */
export function watchAlarms(fn: ((alarm: RaisedAlarm) => void) | undefined): void {
  watcher = fn;
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
function engaged(ask: Ask, flagged: ReadonlySet<number>, span: AmountSpan | undefined): boolean {
  // An ask in mail the customer quotes or forwards was made before (quoted-part.ts).
  if (ask.doc.field === 'text')
    return !(reads('quotedPart') && askedInQuote(ask.doc, ask.sentence, span?.index));
  // Credit the customer holds, moved elsewhere, is no new gift to judge.
  if (movedHeld(ask.sentence.text, ask.start)) return false;
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
  const dollar = dollarNamed(docs);
  const repeat = docs.some((doc) => REPEAT.test(doc.sentences.map((s) => s.text).join(' ')));
  const byRule = new Map<string, LimitFinding>();
  const matchingRules = (ask: Ask) =>
    ask.rule ? [ask.rule] : rules.filter((rule) => rule.action === ask.action);
  // Read only when an over-limit finding needs it: most drafts have none.
  let approved: boolean | undefined;
  const approvalGiven = () =>
    (approved ??= docs.some(
      (doc) => doc.field === 'draft' && doc.sentences.some((sentence) => APPROVED.test(sentence.text)),
    ));
  // Rules the draft refuses, hands off or seeks approval for, with or without an amount of its own.
  const hesitant = new Set(
    asks
      .filter((ask) => ask.doc.field === 'draft')
      .filter((ask) => flagged.has(ask.sentence.index) || APPROVAL.test(ask.sentence.text))
      .flatMap((ask) => matchingRules(ask).map((rule) => rule.id)),
  );
  asks.forEach((ask, order) => {
    if (!engaged(ask, flagged, amounts.get(ask))) return;
    for (const rule of matchingRules(ask)) {
      const found = judge(rule, ask, amounts.get(ask), repeat, dollar);
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
      if (found.kind === 'over-limit' && approvalGiven()) continue;
      if (found.kind !== 'rule-note')
        watcher?.({ ask, span: amounts.get(ask), rule, kind: found.kind, docs });
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
  return [...byRule.values(), ...partOffers(asks, amounts, byRule, dollar)].sort((a, b) => a.order - b.order);
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
  dollar: string | undefined,
): LimitFinding[] {
  const found: LimitFinding[] = [];
  asks.forEach((ask, order) => {
    const over =
      ask.action && [...byRule.values()].find((f) => f.kind === 'over-limit' && f.rule.action === ask.action);
    const span = amounts.get(ask);
    if (!over || !span || ask.doc.field !== 'draft' || ask.negated || !OFFER.test(ask.sentence.text)) return;
    if (span.amount === over.amount || found.some((f) => f.rule === over.rule)) return;
    const part = judge(over.rule, ask, span, false, dollar);
    if (part?.kind === 'within-limit' && part.amount !== undefined)
      found.push({ ...part, boosted: false, order });
  });
  return found;
}
