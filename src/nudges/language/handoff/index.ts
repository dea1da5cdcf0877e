// Handoff language in a draft sentence: moving the customer ("I'll transfer you", "you'll need to
// call the courier", "open a new ticket with…"), giving the case away ("someone else will get back
// to you", "I've passed your complaint to…"), or disclaiming it ("not my department").
// Matches canonical text (normalize.ts); money transfers and the agent's own legwork don't count.
import { clauseBefore, isConditional, isNegated, OWNERSHIP } from '../../text/cues';
import { EN } from '../phrases';
import { findByParty } from './by-party';
import { findContact } from './contact';
import { findDetails } from './details';
import { findDirectly } from './directly';
import { findElsewhere } from './elsewhere';
import { findOthers } from './others';
import { clean, isOtherParty, TEAM } from './parties';
import { findScope } from './scope';
import { findTheirs } from './theirs';
import { findWho } from './who';

export type HandoffType = 'transfer' | 'contact' | 'ticket' | 'others' | 'scope';

export interface HandoffHit {
  type: HandoffType;
  /** Who the customer is sent to, as written (lower case), when the sentence says. */
  target?: string;
  index: number;
}

const TRANSFER = new RegExp(
  String.raw`\b(?:(?:transfer|redirect|bounce)(?:s|ed|ing|red|ring)? (?:you|your call|the call|this call` +
    String.raw`|your chat|this chat|the chat|this conversation)\b(?! ¤| the (?:money|refund|funds|amount` +
    String.raw`|balance|credit|points))(?: (?:over|on|across|back|through))?|put(?:ting)? (?:you` +
    String.raw`|your call) (?:through|thru))(?: (?:to|with) (?<target>${TEAM}))?`,
);
const TRANSFER_TO = new RegExp(
  String.raw`\b(?:connect|pass|send|hand|refer|route|move|forward|direct)(?:s|ed|ing)? (?:you|your call|the call|this chat)\b(?: (?:over|on|across|back|off))? (?:to|with) (?<target>${TEAM})`,
);
// "pop you through to…", "get you over to…", "introduce you to…": anyone moving the customer to a team.
// A preposition before the call or chat makes it a noun, not what is moved: "a summary of your call with their
// delivery line", "thanks for your call with Acme's team".
const MOVE_YOU = new RegExp(
  String.raw`\b(?!${EN.notHandingWords}\b)(?!(?:for|of|about|after|during|from|since|before|regarding) (?:your|the|this)` +
    String.raw` (?:call|chat|conversation)\b)[\w']+ (?:you|your call|the call|this call|your chat|this chat` +
    String.raw`|this conversation)\b(?: (?:through|over|across|back|along|on|off|straight|directly` +
    String.raw`|now))* (?:to|with|onto|towards?|in the direction of) (?<target>${TEAM})`,
);
// "I'll hand you over to Priya now": passing the customer to a person by name.
const TO_PERSON = new RegExp(
  String.raw`\b(?:hand|pass|transfer)(?:s|es|ed|ing|red|ring)? (?:you|your call|the call|this chat` +
    String.raw`|the chat)(?: (?:over|across|back|on))? to (?!(?:the|a|an|your|our|my|their|his|her|this` +
    String.raw`|that|it|them|him|me|us|you)\b)(?<target>[a-z][\w'-]*)`,
);
// "You'll be transferred"; "connected", "passed", "referred" only to someone ("…to a specialist").
const BE_TRANSFERRED = new RegExp(
  String.raw`\b(?:you|your call|your chat|this chat|the chat|this call|the call)(?:'ll|'d|'re|'re going to` +
    String.raw`| will| would| are| is| may| might)?(?: (?:now|shortly|soon|then|just))? (?:be|being` +
    String.raw`|been) (?:(?:transferred|put through|handed over)\b(?! to (?:the |our |a ` +
    String.raw`|your )?(?:[\w-]+ )?(?:page|site|website|portal|app|link|form|checkout|login)\b)` +
    String.raw`|(?:connected|passed|referred|routed|redirected)(?: (?:over|across|back|on|now|directly` +
    String.raw`|straight))? (?:to|with) (?:${TEAM}|(?!(?:the|a|an|your|our|my|this|that` +
    String.raw`|it)\b)[a-z]+\b(?! (?:page|site|website|portal|app|link|form)\b)))`,
);
// "Try the help desk at your office", "your best bet is the Apple store": a party, no verb.
const TRY_PARTY = new RegExp(
  String.raw`(?:(?:^|[,;:] )(?:just |maybe |perhaps |otherwise |or )?|\b(?:please|you could|you can` +
    String.raw`|you might|you may|you should|you'd better|maybe|perhaps|i'd` +
    String.raw`|i would) )try (?<target>${TEAM})|\b(?:best|easiest|quickest|fastest|right|only) (?:bet` +
    String.raw`|option|route|contact|port of call)(?: \w+){0,3}? (?:is|would be|'s` +
    String.raw`|will be) (?<party>${TEAM})|\byou(?:'ll|'d| will| would)? (?:want` +
    String.raw`|need) (?<wanted>${TEAM}) for (?:that|this|it|those|these)\b|(?:^|[,;:] |\b(?:so|and` +
    String.raw`|but) )(?<first>${TEAM}) (?:is|are|would be|should be|will be|might be|may be|'s` +
    String.raw`|'re) (?:your|the) (?:(?:best|first|right|only|next|quickest|easiest|usual|main) )?(?:bet` +
    String.raw`|option|port of call|point of contact|contact|step|route)\b`,
);

const TICKET = new RegExp(
  String.raw`\b(?:you(?:'ll|'d)?(?: \w+){0,2} (?:need|have|want|must|should)(?: to)?|you can(?: also` +
    String.raw`| always)?|please|kindly|can you|could you|(?:^|[,;:] ))\s?(?:open|raise|submit|create|log` +
    String.raw`|file|start|put in|make|lodge) (?:a |an |(?<definite>the |your |this ` +
    String.raw`|that ))?(?<fresh>(?:new|separate|another|fresh|second` +
    String.raw`|different) )?(?:[\w-]+ ){0,2}(?<noun>${EN.ticketNouns})\b(?: (?:with|through|via|to) (?<target>${TEAM}))?`,
);

// A ticket is the same team's channel ("you can submit a ticket here"), unless another team named by what
// it does picks it up: "submit a ticket and our Account Security team will verify ownership".
const OTHER_TEAM_ACTS =
  /\b(?:and|so|then) (?:our|the) (?:[\w&-]+ ){1,3}(?:team|department|specialists|desk|unit) (?:will|'ll|can|should)\b/;

const PASSED_ON = new RegExp(
  // Not the noun: "the money transfer to your supplier", "your move to the new plan".
  String.raw`(?<!\b(?:the|a|an|your|my|our|their|this|that|money|bank|wire|balance|funds?|payment|cash) )` +
    // "I've added a travel pass to your line": the noun.
    String.raw`(?!(?<=\b(?:a|an|the|your|my|our|their|this) [\w-]+ )pass(?:es)?\b)\b(?:${EN.passVerbs}(?:s` +
    String.raw`|es|ed|d|ing|red|ring)?|sent|transmit(?:s|ted|ting)?)(?: (?:on|over|along|across))?(?: (?:it` +
    String.raw`|this|that|these|those|them|(?:your|this|the` +
    String.raw`|that)(?: [\w-]+)? ${EN.passedThings}))?(?: (?:on|over|along))? to (?!(?:me|us|you|myself` +
    String.raw`|yourself)\b)` +
    // Our own channels ("moved your case over to email") keep the case with us.
    String.raw`(?<target>${TEAM}|(?!${EN.notPassedTo}\b)[a-z]+\b(?= (?:on|in|at|from|who|and|so|for|;|,)|[.;,]|$))`,
);

// "Their number is 0800…": pointing the customer at someone else's contact details.
const THEIR_DETAILS = new RegExp(
  String.raw`\b(?:their|the team's|the department's|its) (?:(?:direct|own|main|dedicated|general|support` +
    String.raw`|customer service) )?${EN.contactDetailNouns}(?: is| are|'s)\b|\byou can (?:reach|contact` +
    String.raw`|call|email) them (?:on|at|via)\b|\b(?:they're|they are) (?:on|at) (?:\+?\d[\d -]{4,}` +
    String.raw`|[\w.+-]+@)`,
);

// "I've forwarded it on": passed on, to no one in particular.
const PASSED_ALONG = new RegExp(
  String.raw`\bi(?:'ve|'ll|'m| have| will| am)?(?: \w+)? (?:pass|hand|forward|refer|send)(?:ed|ing` +
    String.raw`|s)? (?:it|this|that|your (?:case|query|request|ticket|complaint|details|issue|email` +
    String.raw`|message))(?: \w+)? (?:on|over|along)\b(?! to\b)`,
);

// "I'll transfer the money to your bank" moves money, not the customer.
const MONEY_MOVED = new RegExp(String.raw`\b${EN.notACaseWords}\b|¤`);

export const PRAISE = /\b(?:kind words|compliments?|praise|lovely (?:message|words|feedback)|shout-?out)\b/;
// "Thanks for the kind words! We've passed your message along to the team": the praise, said next to it, is what
// was passed on (a pronoun, or the customer's message, note or words), not the case.
const PRONOUN_PASSED =
  /\b(?:them|it|this|that|these|those|your (?:message|note|words|comments?|feedback))(?: \w+)? (?:on|along|over)\b/;

const MONEY_LEAD = /\b(?:money|funds|amount|balance|payment|deposit|cash|transfer)\b|¤/;

// "It was referred to collections by mistake, and I've reversed that".
const UNDONE = /\b(?:by mistake|in error|wrongly|accidentally|by accident)\b/;

function hit(type: HandoffType, m: RegExpExecArray | RegExpMatchArray, text: string): HandoffHit | undefined {
  const index = m.index ?? 0;
  if (isNegated(text, index, 3) || isConditional(text, index)) return undefined;
  return { type, target: clean(m.groups?.target), index };
}

// "My colleague transferred you to billing last week": someone else's past transfer, not this draft's.
const SOMEONE_ELSE_DID = new RegExp(String.raw`\b${EN.whoWasMoved}(?: \w+)? $`);

const someoneElseDid = (m: RegExpExecArray, text: string) =>
  /^\w+ed\b/.test(m[0]) && SOMEONE_ELSE_DID.test(text.slice(0, m.index));

// "Your request was transferred to our team on Monday", "you were passed to billing yesterday": what
// happened before this draft, not a handoff in it.
const WAS = /\b(?:was|were)(?: \w+)? $/;
const BEFORE_NOW =
  /^[^.!?;]{0,60}?\b(?:yesterday|last (?:week|month|night|time)|earlier|this morning|(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;

const pastTransfer = (m: RegExpExecArray, text: string) =>
  /^\w+ed\b/.test(m[0]) &&
  (WAS.test(text.slice(0, m.index)) || BEFORE_NOW.test(text.slice(m.index + m[0].length)));

/** Customer-facing handoffs: these are handoffs whatever else the draft says. */
function moved(text: string): HandoffHit | undefined {
  for (const pattern of [TRANSFER, TRANSFER_TO, MOVE_YOU]) {
    const m = pattern.exec(text);
    const found = m && !someoneElseDid(m, text) && hit('transfer', m, text);
    if (found) return found;
  }
  const person = TO_PERSON.exec(text);
  const named =
    person && isOtherParty(person.groups?.target ?? '') && !someoneElseDid(person, text)
      ? hit('transfer', person, text)
      : undefined;
  if (named) return named;
  const passive = BE_TRANSFERRED.exec(text);
  const sent = passive && hit('transfer', passive, text);
  if (sent) return sent;
  const ticket = TICKET.exec(text);
  if (
    ticket &&
    (ticket.groups?.fresh ||
      ticket.groups?.target ||
      (!ticket.groups?.definite && OTHER_TEAM_ACTS.test(text.slice(ticket.index + ticket[0].length))))
  ) {
    const found = hit('ticket', ticket, text);
    if (found) return found;
  }
  const details = THEIR_DETAILS.exec(text);
  if (details) return { type: 'contact', index: details.index };
  const theirs = findDetails(text);
  if (theirs) return { type: 'contact', ...theirs };
  const party = TRY_PARTY.exec(text);
  const tried = party && hit('contact', party, text);
  if (tried && isOtherParty(clean(party.groups?.first ?? party.groups?.wanted) ?? 'them'))
    return {
      ...tried,
      target: clean(
        party.groups?.target ?? party.groups?.party ?? party.groups?.first ?? party.groups?.wanted,
      ),
    };
  const contact = findContact(text);
  if (contact) return { type: 'contact', ...contact };
  const elsewhere = findElsewhere(text) ?? findTheirs(text) ?? findByParty(text);
  return elsewhere && { type: 'contact', ...elsewhere };
}

const ESCALATED = /^escalat(?:ed|ing|es|e)\b/;

// "It'll be reviewed by me and my manager together": the agent is among those who act.
const AGENT_AMONG = /^(?:me|us|myself|ourselves|i|we)\b/;
// "Let me check with the pharmacy manager and get back to you": the agent, as the subject of the clause,
// does the contacting; the customer is not sent anywhere.
const AGENT_CONTACTS = new RegExp(String.raw`\b${EN.agentContacts} $`);
// "We'll ask our partner to call you": the other party then acts for the customer, a handoff still.
const THEY_ACT_ON_YOU = /^[^,;.]*?\bto (?!you\b)\w+(?: \w+)? you\b/;

/** Whether a hit from the others' frames is the agent's own legwork. */
function notHandedOn(text: string, found: { index: number; target?: string }): boolean {
  if (AGENT_AMONG.test(found.target ?? '')) return true;
  const before = clauseBefore(text, found.index);
  const rest = text.slice(found.index);
  return AGENT_CONTACTS.test(before) && !/\byou\b/.test(before) && !THEY_ACT_ON_YOU.test(rest);
}

/**
 * The handoff in `text` (one canonical sentence), if any. `nearby` is the text of the sentences
 * around it: a case passed to a colleague is fine when the agent says they stay the contact.
 */
export function detectHandoff(text: string, nearby = ''): HandoffHit | undefined {
  const direct = moved(text);
  // "Escalated to the Tier 3 desk. I retain ownership": an escalation the agent keeps is no handoff.
  if (direct && ESCALATED.test(text.slice(direct.index)) && (OWNERSHIP.test(text) || OWNERSHIP.test(nearby)))
    return undefined;
  if (direct) return direct;
  const scope = findScope(text);
  if (scope !== undefined && !OWNERSHIP.test(text)) return { type: 'scope', index: scope };
  if (OWNERSHIP.test(text) || OWNERSHIP.test(nearby)) return undefined;
  const usable = (index: number) => !isNegated(text, index, 3) && !isConditional(text, index);
  const others = findOthers(text, usable) ?? findWho(text, usable) ?? findDirectly(text, usable);
  if (others && notHandedOn(text, others)) return undefined;
  if (others) return { type: 'others', index: others.index, target: clean(others.target) };
  const along = PASSED_ALONG.exec(text);
  if (along) return hit('others', along, text);
  const passed = PASSED_ON.exec(text);
  if (!passed || UNDONE.test(text) || pastTransfer(passed, text)) return undefined;
  // "The payment was sent to the merchant": money, said just before the verb.
  const lead = text.slice(0, passed.index).split(' ').slice(-4).join(' ');
  if (MONEY_MOVED.test(passed[0]) || MONEY_LEAD.test(lead)) return undefined;
  // "Thanks for the kind words! We'll pass them on to Tom": praise passed on, not the case.
  if (PRAISE.test(text.slice(0, passed.index)) || (PRONOUN_PASSED.test(passed[0]) && PRAISE.test(nearby)))
    return undefined;
  return hit('others', passed, text);
}
