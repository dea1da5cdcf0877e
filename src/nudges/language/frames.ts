// The frames every language's phrases compile into, each a sequence of phrase lists (lexicon entries):
//   handoff  = who acts × modal (customerTold, or an imperative at a clause start) × contact verb × party
//              or support channel ("please reach out to our live support team")
//            | customer told × handing over × report × place ("submit your feedback here: <link>")
//            | someone else's way in ("they can be reached here")
//   kept     = a condition of a problem that persists ("if that doesn't work, …") does not stop a handoff;
//              a ticket or channel with the same team ("so we can investigate") is no handoff
//   can't    = a statement of scope ("support on this channel is limited to…")
// The English grammar in handoff/ and cant.ts adds finer frames for English drafts.
import { clauseBefore, isConditional, isNegated, OWNERSHIP } from '../text/cues';
import { isNamedParty } from '../text/names';
import {
  A_PAGE,
  AGENT_ACTS,
  CLAUSE_START,
  CUSTOMER_ROLE,
  DOMAIN_DOT,
  END,
  FIRST_PERSON,
  FOR_YOU,
  IMPERATIVES,
  ITS_REPORT,
  MONEY_PLACE,
  NEGATED_BETWEEN,
  NOT_A_PARTY,
  OURS_BETWEEN,
  OURS_NEXT,
  PLEASE,
  RAISED_WITH,
  START,
  WAY_IN,
  WE,
} from './frame-words';
import type { Lexicon } from './phrases';

/** Words before "'s" that own nothing: "it's", "that's", "let's". */
const NOT_AN_OWNER =
  /^(?:it|that|there|what|who|here|let|he|she|today|tomorrow|everyone|one|someone|somebody|anyone|our|your|my)$/u;

export interface FrameHit {
  index: number;
  target?: string;
}

export interface Frames {
  /** The customer sent to another party, a support channel or a report page; `nearby` for ownership. */
  handoff(text: string, nearby: string, whole?: string): FrameHit | undefined;
  /** The text with a condition of a persisting problem left out, or undefined when it has none. */
  withoutPersisting(text: string): string | undefined;
  /** The same team keeps the case on the channel it names. */
  keeps(text: string): boolean;
  /** A statement of scope that says what we can't do. */
  scope(text: string): number | undefined;
}

const frame = (source: string) => new RegExp(source, 'gu');

/** Compiles the frames of one language's lexicon. */
export function compileFrames(lexicon: Lexicon): Frames {
  const told = `(?:${START}${lexicon.customerTold} |${CLAUSE_START})`;
  const channel = frame(
    `${told}(?<verb>${lexicon.contactVerbs}) (?<target>${lexicon.supportChannels})${END}`,
  );
  const place = `(?:${lexicon.feedbackPlaces}|${lexicon.pointers})`;
  const report = frame(
    String.raw`(?:${told}|${START}have you (?:already )?)(?<verb>${lexicon.feedbackVerbs}) ` +
      String.raw`(?:(?:[^.!?]{0,40}? )?${lexicon.feedbackNouns}${END}(?:[^!?]{0,120}? |[:?] ?| )${place}` +
      String.raw`|${ITS_REPORT}(?:[^!?]{0,40}? | )${lexicon.feedbackPlaces}` +
      String.raw`|${ITS_REPORT} (?=${lexicon.pointers})(?<its>))`,
  );
  const reportNoun = new RegExp(`${START}${lexicon.feedbackNouns}${END}`, 'u');
  const acts = frame(`${told}${lexicon.reportActs}${END}`);
  const reached = frame(`${START}${lexicon.reachedAt}${END}`);
  const takesOver = frame(
    `(?:${CLAUSE_START}|${START}(?:it looks like|it seems|i think) )(?<target>${lexicon.supportChannels}) ${lexicon.takesOver}${END}`,
  );
  // The condition runs to its comma, or, in chat without one, to where the customer is told what to do.
  // The customer sent somewhere ("please…", "just pop into…"), then who they reach doing the next step:
  // "…, they'll run the line test for you"; or any branch of a party able to: "any store can pair it".
  const sent = `(?:${START}${lexicon.customerTold} |${CLAUSE_START}(?:just |simply )?(?:${lexicon.contactVerbs}|${IMPERATIVES})${END})`;
  const theyDo = frame(
    String.raw`${sent}[^.!?]{0,120}?(?:[,;–—-]| and) (?:and |where |so |as )?(?:they'll|they|who'll|who)` +
      String.raw`(?: can| will| usually| should| normally| do| then| will then)?(?: be able to| be happy to)? ` +
      String.raw`(?:${lexicon.partyDoes})${END}`,
  );
  const anyParty = frame(
    String.raw`${START}(?:any|your local|a local|the nearest|your nearest) (?:[\w'&-]+ ){0,3}?` +
      String.raw`(?:${lexicon.outsideParties}|${lexicon.teamNouns})s? (?:can|will|'ll|should be able to` +
      String.raw`|is able to|are able to|would be able to|could) (?:${lexicon.partyDoes})${END}`,
  );
  // Someone other than the agent taking over: "business support will take it from here", "they'll take over".
  // Also after another step of theirs: "a colleague from our payments team will dm you shortly and take it from here".
  const fromHere = frame(
    String.raw`${START}(?<who>[\p{L}'-]+)(?:(?: will| can| would|'re going to| are going to| is going to)? |` +
      String.raw`(?: (?!(?:i|we|you|and|but|so|then)${END})[\p{L}'-]+){0,4}? (?:will|is going to|are going to)` +
      String.raw` [^.!?,;]{1,50}? and )` +
      String.raw`${lexicon.takesFromHere}(?=[.!,;)]|$| (?:now|and|from|for you|once|when|shortly|soon|today)${END})`,
  );
  // A name the draft says is someone else: "please report it to GridCo, who maintain the lines".
  const named = frame(
    String.raw`${told}(?<verb>${lexicon.contactVerbs}) (?<target>\p{L}[\p{L}\d&'-]*)(?=, (?:who|which) (?!(?:is|are)${END})\p{L})`,
  );
  // A name alone after the contact verb, where the sentence goes on or ends: "please make a complaint at
  // Parcelo within 7 days", "contact directly the shop".
  const bareName = frame(
    String.raw`${told}(?<verb>${lexicon.contactVerbs})(?: directly)? (?<target>\p{L}[\p{L}\d&'+-]*(?: \p{L}[\p{L}\d&'+-]*)?)` +
      String.raw`(?= (?:directly|within|in|on|at|about|for|with|via|from|here|and|so|if|as|to)${END}|[.,;:!?]|$)`,
  );
  const notAName = new RegExp(
    `^(?:${lexicon.notAPartyStarts}|${lexicon.household}|us|me|them|him|her|you|someone` +
      `|somebody|anyone|anybody|support|help|customer|service|care|chat|email|phone|online|it|one|all|both)$`,
    'u',
  );
  // "Please give our customer care team a call at…": the party inside the contact verb.
  const giveCall = frame(
    String.raw`${told}give (?<target>${lexicon.supportChannels}) an? (?:quick )?(?:call|ring|shout|bell|buzz|email|message)${END}`,
  );
  // A party named with its way in (a number, an address, a link, a handle, a path in an app) and what it
  // does next: "the council's noise team (0300 123 4567) can log it", "our colleagues at @shopus can help".
  const partyReady = frame(
    String.raw`${START}(?<target>${lexicon.supportChannels})(?<gap>,? (?:[^.!?]|${DOMAIN_DOT}){0,60}?)? (?:can|will|'ll|would|should|could|is able to|are able to` +
      String.raw`|will be able to|can usually|will usually|are usually|is usually|are always|is always` +
      String.raw`|may be able to|might be able to|should be able to|may|might|can also|will also)? ?` +
      String.raw`(?:${lexicon.partyDoes}|${lexicon.othersTakeOver})${END}`,
  );
  // A party put forward as the way to go: "the locksmith down the road is your best bet".
  const putForward = frame(
    String.raw`${START}(?:(?<target>${lexicon.supportChannels})(?<gap> [^.!?]{0,40}?)?` +
      String.raw` (?:${lexicon.putForward}|${lexicon.partyPutForward})` +
      String.raw`|(?<name>(?:the |your )?[\p{L}\d][\w&'-]*(?: [\p{L}\d][\w&'-]*)?) ${lexicon.putForward})${END}`,
  );
  // A matter someone else handles, or that has to be done with them: "card replacements are handled by Card
  // Services", "changes need to be made with that site directly", "those sit with CareRx".
  const handled = frame(
    String.raw`${START}(?:${lexicon.handledWith}) (?:(?<target>${lexicon.supportChannels})` +
      String.raw`|(?<name>(?:the |a )?[\p{L}\d][\w&'+-]*(?: [\p{L}\d][\w&'+-]*)?))${END}`,
  );
  // Someone else's support able to act: "Stripe's support can tell you which document…", "their support can
  // purge it", "Yubico support can swap it" (a name as written), not "our support team".
  const theirSupport = frame(
    String.raw`${START}(?:their|(?:the )?(?<owner>[\p{L}\d][\w&-]*)'s|(?<brand>[\p{L}\d][\w&'-]*))(?: [\w&'-]+){0,2}? ` +
      String.raw`(?:${lexicon.othersSupport}) (?:${lexicon.partyCan}) (?!(?:not|never|only)${END})` +
      String.raw`(?!be (?!able|happy|glad|in touch|in contact))\p{L}`,
  );
  // A party named as written, able to act for the customer: "FNB will be able to tell you why", "Priority
  // Pass can look into it".
  const namedActs = frame(
    String.raw`${START}(?<brand>[\p{L}\d][\w&'-]*)(?<gap>(?: [\w&'-]+){0,3}?) (?:${lexicon.partyCan}) ` +
      String.raw`(?:${lexicon.partyDoes}|${lexicon.othersTakeOver})${END}`,
  );
  const persisting = new RegExp(
    `${START}${lexicon.persistingProblems}${END}(?:[^,;:]*?(?= ${lexicon.customerTold} )|[^,;:]*[,;:] ?)`,
    'u',
  );
  const keeps = new RegExp(`${START}${lexicon.sameTeamKeeps}${END}`, 'u');
  const scope = new RegExp(`${START}${lexicon.scopeStatements}${END}`, 'u');
  // "our team", "us": the same team, reached on the same channel.
  const self = /^(?:(?:our|this|my) team|us|me|here)$/u;
  // The customer's own people: "check with your partner".
  const household = new RegExp(`^(?:your|their|my) ${lexicon.household}s?${END}`, 'u');
  const party = (target: string) => !self.test(target) && !household.test(target);
  // A party by itself, not the agent's side nor a page the customer reads alone.
  // `before`: the sentence up to the target, so a page is seen whole ("our help centre", not "centre").
  const outside = (target: string, before = '') =>
    party(target) && !WE.test(target) && !A_PAGE.test(`${before}${target}`) && /(?:^|[\s(])$/u.test(before);
  const agentsClause = (text: string, index: number) => AGENT_ACTS.test(` ${clauseBefore(text, index)}`);

  const first = (pattern: RegExp, text: string, check: (m: RegExpExecArray) => boolean) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (check(m)) return m;
      pattern.lastIndex = m.index + 1;
    }
    return undefined;
  };
  // A condition's own clause does not stop a request in the main clause: "if you're in danger please call 911".
  // A frame that starts at a clause's mark ("if the lights are out for the street, report it to…") is read from
  // after the mark: the condition before it is another clause.
  const free = (text: string, from: number) => {
    const index = from + (/^[,;:()–—-] /u.exec(text.slice(from))?.[0].length ?? 0);
    return (
      !isNegated(text, index, 3) &&
      (!/\b(?:if|unless|whether)\b/.test(clauseBefore(text, index)) || PLEASE.test(text.slice(index)))
    );
  };
  // The customer is the one told to act: not the agent earlier in the sentence, nor "for you".
  // The customer is addressed in the telling itself ("…and encourage you to submit yours here"): the agent
  // acting earlier in the sentence does not make it the agent's step.
  const addressed = (m: RegExpExecArray) => {
    const verb = m.groups?.verb;
    const told = verb === undefined ? '' : m[0].slice(0, m[0].indexOf(verb));
    return /(?:^|\s)(?:you|please|kindly|pls)\s/u.test(told);
  };
  const customers = (text: string, index: number, m?: RegExpExecArray) =>
    free(text, index) &&
    ((m !== undefined && addressed(m)) || !AGENT_ACTS.test(text.slice(0, index + 1))) &&
    !FOR_YOU.test(text.slice(index));

  return {
    handoff(text, nearby, whole = text) {
      const contact =
        first(channel, text, (m) => party(m.groups?.target ?? '') && customers(text, m.index, m)) ??
        first(giveCall, text, (m) => party(m.groups?.target ?? '') && customers(text, m.index, m)) ??
        first(named, text, (m) => party(m.groups?.target ?? '') && customers(text, m.index, m)) ??
        first(
          bareName,
          text,
          (m) =>
            RAISED_WITH.test(m.groups?.verb ?? '') &&
            !(m.groups?.target ?? '')
              .split(' ')
              .some((word) => notAName.test(word) || OURS_NEXT.test(word)) &&
            !/^(?:our|my|this)\s/u.test(m.groups?.target ?? '') &&
            customers(text, m.index, m),
        );
      if (contact) return { index: contact.index, target: contact.groups?.target };
      const given = first(report, text, (m) => {
        if (!customers(text, m.index, m)) return false;
        const before = text.slice(0, m.index);
        return (
          m.groups?.its === undefined || reportNoun.test(before) || (whole !== text && reportNoun.test(whole))
        );
      });
      if (given) return { index: given.index };
      const act = first(acts, text, (m) => customers(text, m.index));
      if (act) return { index: act.index };
      // "…can be reached through me": our own way in.
      const way = first(
        reached,
        text,
        (m) => free(text, m.index) && !OURS_NEXT.test(text.slice(m.index + m[0].length)),
      );
      if (way) return { index: way.index };
      // A condition does not stop these: "if it comes back, the maker's line (0300…) will book an engineer".
      const ready =
        WAY_IN.test(whole) &&
        first(
          partyReady,
          text,
          (m) =>
            outside(m.groups?.target ?? '', text.slice(0, m.index)) &&
            !OURS_BETWEEN.test(m.groups?.gap ?? '') &&
            !NEGATED_BETWEEN.test(m.groups?.gap ?? '') &&
            !isNegated(text, m.index, 3) &&
            !isConditional(text, m.index) &&
            !agentsClause(text, m.index),
        );
      if (ready) return { index: ready.index, target: ready.groups?.target };
      const best = first(
        putForward,
        text,
        (m) =>
          outside(m.groups?.target ?? m.groups?.name ?? '', text.slice(0, m.index)) &&
          !NOT_A_PARTY.test(m.groups?.target ?? m.groups?.name ?? '') &&
          !OURS_BETWEEN.test(m.groups?.gap ?? '') &&
          !NEGATED_BETWEEN.test(m.groups?.gap ?? '') &&
          !isNegated(text, m.index, 3) &&
          !isConditional(text, m.index) &&
          !agentsClause(text, m.index),
      );
      if (best) return { index: best.index, target: best.groups?.target ?? best.groups?.name };
      const done = first(handled, text, (m) => {
        const target = m.groups?.target ?? m.groups?.name ?? '';
        const before = text.slice(0, m.index + m[0].length - target.length);
        return (
          outside(target, before) &&
          !NOT_A_PARTY.test(target) &&
          !MONEY_PLACE.test(target) &&
          !CUSTOMER_ROLE.test(target) &&
          !/^(?:our|my) /u.test(target) &&
          (m.groups?.target !== undefined ||
            !notAName.test(target.replace(/^(?:the|a) /u, '').split(' ')[0] ?? '')) &&
          !isNegated(text, m.index, 3) &&
          !isConditional(text, m.index) &&
          !agentsClause(text, m.index)
        );
      });
      if (done) return { index: done.index, target: done.groups?.target ?? done.groups?.name };
      const support = first(
        theirSupport,
        text,
        (m) =>
          (m.groups?.owner === undefined || !NOT_AN_OWNER.test(m.groups.owner)) &&
          (m.groups?.brand === undefined || isNamedParty(m.groups.brand)) &&
          !isNegated(text, m.index, 3) &&
          !isConditional(text, m.index) &&
          !agentsClause(text, m.index),
      );
      if (support) return { index: support.index };
      const namedParty = first(
        namedActs,
        text,
        (m) =>
          isNamedParty(m.groups?.brand ?? '') &&
          !OURS_BETWEEN.test(m.groups?.gap ?? '') &&
          !/\p{L}ing(?!\p{L})/u.test(m.groups?.gap ?? '') &&
          !/(?:^|\s)(?:your|my|our|his|her|its|the old|your old)\s$/u.test(text.slice(0, m.index)) &&
          !OWNERSHIP.test(text) &&
          !/(?:^|\s)(?:and|then|so) (?:we|i)(?:'ll| will)\s/u.test(text.slice(m.index)) &&
          !isNegated(text, m.index, 3) &&
          !isConditional(text, m.index) &&
          !agentsClause(text, m.index),
      );
      if (namedParty) return { index: namedParty.index, target: namedParty.groups?.brand };
      const them =
        first(theyDo, text, (m) => customers(text, m.index)) ??
        first(anyParty, text, (m) => free(text, m.index));
      if (them) return { index: them.index };
      const over = first(
        fromHere,
        text,
        (m) => !FIRST_PERSON.test(m.groups?.who ?? '') && free(text, m.index),
      );
      if (over) return { index: over.index, target: over.groups?.who };
      if (OWNERSHIP.test(text) || OWNERSHIP.test(nearby)) return undefined;
      const other = first(takesOver, text, (m) => party(m.groups?.target ?? '') && free(text, m.index));
      return other && { index: other.index, target: other.groups?.target };
    },
    withoutPersisting(text) {
      const m = persisting.exec(text);
      if (!m) return undefined;
      const before = text.slice(0, m.index).trimEnd();
      return `${before}${before ? ', ' : ''}${text.slice(m.index + m[0].length)}`;
    },
    keeps: (text) => keeps.test(text),
    scope(text) {
      const m = scope.exec(text);
      return m && free(text, m.index) ? m.index : undefined;
    },
  };
}
