// The draft gives the customer another party's contact details or page: "the manufacturer's
// helpline is 0800…", "here's the number for the claims line", "the venue can be reached on…",
// "fill out the seller's return form". Not the agent's own legwork ("I checked the courier's site").
import { clauseBefore, isConditional, isNegated, OWNERSHIP } from '../../text/cues';
import { isOtherParty, OUTSIDE, TEAM, TEAM_NOUN } from './parties';

const DETAIL = `(?:phone number|number|email address|email|contact details|details|helpline|phone line|hotline|website|site|web page|support page|page|portal|app|form|live chat|chat|address|office)`;
// "The courier's contact details are below", "use the seller's return form".
const PARTY_THING = new RegExp(
  String.raw`\b(?<target>(?:the|your|their) (?:[\w&-]+ ){0,2}?(?:${OUTSIDE}|${TEAM_NOUN}))'s (?:[\w-]+ ){0,3}?${DETAIL}s?\b(?<rest>.{0,24})`,
);
// The details are handed over, or the customer is told to use them.
const GIVEN = /^ (?:is|are|'s|can be found) (?:below|above|here)\b|^(?: is| are|'s)?:? (?:[\d+(]|[\w.+-]+@)/;
const DIRECTED =
  /(?:\byou\b|\bplease\b|\bkindly\b|^\s*(?:just |simply )?(?:fill|complete|use|visit|call|ring|phone|email|check|try|contact|go)\b|\bhere(?:'s| is| are)\b)/;
// "Here's the number for the claims line", "the email for their returns team is…".
const NUMBER_FOR = new RegExp(
  String.raw`\b(?:here(?:'s| is| are)|below (?:is|are)|you'll find|you can find|you will find)(?: (?:the|their))? ${DETAIL}s? (?:for|of) (?<target>${TEAM})`,
);
// "The venue can be reached on 020…".
const REACHED = new RegExp(
  String.raw`\b(?<target>${TEAM}) (?:can|may|could) be (?:reached|contacted|called|emailed|found) (?:on|at|via|by|through) (?!(?:me|us|this|here|our)\b)`,
);
const AGENT = /\b(?:i|i've|i'll|i'm|i'd|i have|i will|we've|we'll|we have|let me)\b/;

/** Where `text` hands the customer another party's contact details or page, and whose. */
export function findDetails(text: string): { index: number; target?: string } | undefined {
  const usable = (index: number) =>
    !AGENT.test(clauseBefore(text, index)) && !isNegated(text, index, 3) && !isConditional(text, index);
  for (const pattern of [NUMBER_FOR, REACHED]) {
    const m = pattern.exec(text);
    const target = m?.groups?.target;
    if (m && target && isOtherParty(target) && usable(m.index)) return { index: m.index, target };
  }
  const thing = PARTY_THING.exec(text);
  if (!thing || !usable(thing.index) || OWNERSHIP.test(text)) return undefined;
  const given = GIVEN.test(thing.groups?.rest ?? '');
  if (!given && !DIRECTED.test(clauseBefore(text, thing.index))) return undefined;
  return { index: thing.index, target: thing.groups?.target };
}
