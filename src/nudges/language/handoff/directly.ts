// "Directly" as the sign that the customer deals with someone else: "check directly with IRAS", "book
// directly with Mira there", "that would be done with Affirm directly", "we would refer you to Castlehill
// Housing Association directly"; and someone else who deals with the customer: "he will correspond with you
// directly from this point", "their representative will contact you directly". Not the agent dealing with a
// party ("I've sorted it with them directly"), not us ("reply to me directly", "rather than us directly"), not
// a thing or money moving ("shipped directly to you", "paid directly to your bank"). The words are lists of
// lang/en.json (`directAdverbs`, `directMoves`, `directContacts`, `directTakeOver`, `directSelf`).
import { clauseBefore } from '../../text/cues';
import { isNamedParty } from '../../text/names';
import { EN } from '../phrases';
import { clean, OUTSIDE_PARTY, TEAM } from './parties';

const ADVERB = EN.directAdverbs;
const EACH_ADVERB = new RegExp(String.raw`\b${ADVERB}\b`, 'g');
const WORDS = String.raw`[\w&'-]+(?: [\w&'-]+){0,4}`;
/** Before the adverb, the last party after "with" or "to": "…book that with the passport office directly". */
const WITH_BEFORE = new RegExp(String.raw`^.*\b(?:with|to) (?<target>${WORDS}) $`);
/** Before the adverb, a party as the object of a contact verb: "contact Zentro directly", "dm him directly". */
const CONTACT_BEFORE = new RegExp(String.raw`^.*\b${EN.directContacts} (?<target>${WORDS}) $`);
/** After the adverb: "…check directly with iras". */
const WITH_AFTER = new RegExp(`^ (?:with|to) (?<target>${WORDS})`);
/** Someone else's modal and what they do with the customer, just before the adverb: "…will contact you directly". */
const TAKES_OVER = new RegExp(
  String.raw`\b(?:will|'ll|would|can|should|is going to|are going to|will need to|needs? to)(?: [\w'-]+){0,6}? ` +
    String.raw`${EN.directTakeOver} $`,
);
/** What is not a party of its own: the agent, the customer, our own team or channel. */
const SELF = new RegExp(String.raw`^(?:${EN.directSelf})\b`);
const AGENT = new RegExp(String.raw`(?:^|\W)(?:${EN.directSelf})(?:'\w+)?\b`);
const PARTY = new RegExp(String.raw`^(?:${TEAM}|${OUTSIDE_PARTY})\b`);
const MOVES = new RegExp(String.raw`\b${EN.directMoves}\b|¤`);

/** A party the customer can deal with: someone named, a team or an outside party, or "them", "him", "her". */
function isParty(target: string): boolean {
  if (SELF.test(target)) return false;
  return /^(?:them|him|her)\b/.test(target) || isNamedParty(target) || PARTY.test(target);
}

/** Where `text` has the customer deal with someone else directly, or someone else deal with them. */
export function findDirectly(
  text: string,
  usable: (index: number) => boolean,
): { index: number; target?: string } | undefined {
  // A few at most: each is read over a window of the words around it, so the sentence is read a bounded
  // number of times whatever its length.
  const adverbs = [...text.matchAll(EACH_ADVERB)].slice(0, 8);
  if (adverbs.length === 0) return undefined;
  for (const adverb of adverbs) {
    const at = adverb.index ?? 0;
    // The party is named within a few words of the adverb: read that much, not the whole sentence each time.
    const from = Math.max(0, at - 120);
    const head = text.slice(from, at);
    const tail = text.slice(at + adverb[0].length, at + adverb[0].length + 80);
    const before = [WITH_BEFORE.exec(head), CONTACT_BEFORE.exec(head)].find((m) =>
      isParty(clean(m?.groups?.target) ?? ''),
    );
    const after = before ? undefined : WITH_AFTER.exec(tail);
    const target = clean((before ?? after)?.groups?.target) ?? '';
    if (!isParty(target)) continue;
    // Where the party is named: before the adverb, or the adverb itself when the party follows it.
    const index = before ? from + head.lastIndexOf(before.groups?.target ?? '') : at;
    const clause = clauseBefore(text, index);
    if (!usable(at) || MOVES.test(clause) || / rather than$| not$/.test(clause.trim())) continue;
    // The agent dealing with the party ("I've sorted the chargeback with them directly"), unless the agent
    // sends the customer there ("we would refer you to…").
    if (AGENT.test(clause) && !/\byou\b/.test(clause)) continue;
    return { index, target };
  }
  for (const adverb of adverbs) {
    const at = adverb.index ?? 0;
    const from = Math.max(0, at - 80);
    const m = TAKES_OVER.exec(text.slice(from, at));
    // Who does it: the clause before the modal ("their representative", "he", "an analyst from that team").
    const modal = from + (m?.index ?? 0);
    const subject = clauseBefore(text, modal).slice(-80).trim();
    const index = modal - subject.length;
    if (!m || !subject || AGENT.test(subject) || !usable(index)) continue;
    const who = subject.replace(/^(?:and|so|but|then|now|who|which) /, '');
    if (SELF.test(who) || MOVES.test(who)) continue;
    if (/^(?:he|she|they|their|his|her)\b/.test(who) || isParty(who) || /\b(?:from|at|of) /.test(who))
      return { index, target: who };
  }
  return undefined;
}
