// The team's own words, per language: its department names, the outside parties it works with (partner
// companies, carriers, marketplaces), and extra handoff and ownership phrasings. They come from the
// options page and from team packs, are merged, and are compiled here into a few small frames:
//   the customer told to contact a party            "please contact Acme Logistics about…"
//   a party taking over or owning the matter        "Acme Logistics will sort out the delivery"
//   the customer or case passed to a party          "I'm passing you to the Accounts Receivable team"
//   an extra handoff phrasing, as written           "raise a ticket with the hub"
// An ownership phrasing ("I'll loop in Accounts Receivable myself") marks a sentence where the agent
// keeps the case: no handoff nudge there. Spanish uses the same words inside its own frames.
import type { SpanishTeamWords } from './spanish/frames';

export const PHRASE_LISTS = ['departments', 'parties', 'handoff', 'ownership'] as const;
export type PhraseList = (typeof PHRASE_LISTS)[number];

/** One language's team words. */
export type PhraseSet = Record<PhraseList, string[]>;

/** Team words by language code ("en", "es"). Every list may be absent. */
export type TeamPhrases = Record<string, Partial<PhraseSet>>;

/** The languages the nudges read, and so the ones team words can be given for. */
export const PHRASE_LANGUAGES = ['en', 'es'] as const;

/** At most this many phrases per list, each at most this long (as packs allow for word lists). */
export const MAX_PHRASES = 100;
export const MAX_PHRASE_LENGTH = 120;

const tidy = (phrase: string) => phrase.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** All the sources together (the options page's and each pack's), each phrase once, in first-seen order. */
export function mergeTeamPhrases(...sources: (TeamPhrases | undefined | null)[]): TeamPhrases {
  const out: TeamPhrases = {};
  for (const source of sources) {
    if (!source || typeof source !== 'object') continue;
    for (const [language, set] of Object.entries(source)) {
      if (!set || typeof set !== 'object') continue;
      const target: Partial<PhraseSet> = out[language] ?? {};
      out[language] = target;
      for (const list of PHRASE_LISTS) {
        const phrases = (set as Partial<PhraseSet>)[list];
        if (!Array.isArray(phrases)) continue;
        const have: string[] = target[list] ?? [];
        target[list] = have;
        const seen = new Set(have.map((p) => p.toLowerCase()));
        for (const phrase of phrases) {
          if (typeof phrase !== 'string') continue;
          const clean = tidy(phrase).slice(0, MAX_PHRASE_LENGTH);
          if (clean && !seen.has(clean.toLowerCase()) && have.length < MAX_PHRASES) {
            seen.add(clean.toLowerCase());
            have.push(clean);
          }
        }
      }
    }
  }
  return out;
}

/** One language's lists, each present (empty when the team gave none). */
export function phraseSet(phrases: TeamPhrases | undefined, language: string): PhraseSet {
  const set = phrases?.[language] ?? {};
  return {
    departments: set.departments ?? [],
    parties: set.parties ?? [],
    handoff: set.handoff ?? [],
    ownership: set.ownership ?? [],
  };
}

/** Whether there is any word at all for `language`. */
export function hasPhrases(phrases: TeamPhrases | undefined, language: string): boolean {
  const set = phraseSet(phrases, language);
  return PHRASE_LISTS.some((list) => set[list].length > 0);
}

/** The Spanish frames' share of the team's words. */
export function spanishTeamWords(phrases: TeamPhrases | undefined): SpanishTeamWords | undefined {
  return hasPhrases(phrases, 'es') ? phraseSet(phrases, 'es') : undefined;
}

export interface TeamHandoff {
  type: 'contact' | 'transfer' | 'others';
  /** The party as the team wrote it. */
  target?: string;
}

export interface CompiledTeamPhrases {
  /** A handoff the team's words show in `sentence`, if any. */
  handoff(sentence: string): TeamHandoff | null;
  /** Whether `sentence` says, in the team's words, that the agent keeps the case. */
  owns(sentence: string): boolean;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as the frames match it: lower case, without a leading article, spaces loose. */
const nameOf = (phrase: string) =>
  tidy(phrase)
    .toLowerCase()
    .replace(/^(?:the|our|your) /, '');
/** A department's name without its last word when that is a team noun: "accounts receivable (team)". */
const coreOf = (name: string) => name.replace(/ (?:team|teams|department|dept|desk|group|unit|office)$/, '');
const namePattern = (phrase: string) => literal(nameOf(phrase)).replace(/ /g, '\\s+');

const CONTACT =
  '(?:contact|call|ring|phone|email|e-mail|message|text|write to|reach out to|reach|get in touch with|' +
  'get in contact with|get hold of|speak to|speak with|talk to|talk with|chat (?:to|with)|ask|try|check with|' +
  'go to|head to|visit|raise (?:it|this|that) with|take (?:it|this|that) up with|chase|follow up with|contacting|' +
  'calling|asking|speaking to|speaking with|talking to|reaching out to|getting in touch with|trying)';
const TAKES_OVER =
  "(?:will|'ll|is going to|are going to|can|could|should|would|is able to|are able to|need to|needs to|have to|" +
  'has to)(?: \\w+)? (?:take over|take it from here|take this from here|handle|deal with|look after|take care of|' +
  'sort|fix|help|advise|answer|process|follow up|pick (?:it|this|that) up|be in touch|get in touch|contact you|' +
  'call you|email you|reach out|get back to you|update you|look into|be your contact|assist)';
const OWNS_IT =
  '(?:handles?|deals? with|looks? after|takes? care of|manages?|processes|sorts? out|owns|(?:is|' +
  'are) (?:responsible for|in charge of|the ones? (?:who|to|that)|who|best placed|your (?:best )?contact))';
const PASSES =
  '(?:transfer(?:ring)?|put(?:ting)?|pass(?:ing)?|hand(?:ing)?|refer(?:ring)?|connect(?:ing)?|' +
  'send(?:ing)?) (?:you|your call|your case|your ticket|your query|your request|this|it)(?: \\w+){0,2}? (?:to|' +
  'over to|through to|with)';
/** Before a request: the agent doing it ("I'll contact Acme"), or a negation ("no need to contact…"). */
const AGENT_OR_NOT = new RegExp(
  String.raw`(?:\b(?:i|we)(?:'ll| will|'ve| have|'m| am|'re| are|'d| would| can| could)?(?: (?:going to|just|also|now|then|personally|myself|happy to|glad to))*` +
    String.raw`|\blet (?:me|us)|\b(?:no need|don't need|do not need|not|never|n't) (?:\w+ )?(?:to)?)\s*$`,
);

/** Compiles one language's team words into the frames above (English wording). */
export function compileTeamPhrases(set: PhraseSet): CompiledTeamPhrases {
  const names = [...set.parties.map(nameOf), ...set.departments.map((d) => coreOf(nameOf(d)))].filter(
    Boolean,
  );
  const name =
    names.length > 0
      ? `(?:the |your |our )?(${[...names]
          .sort((a, b) => b.length - a.length)
          .map((n) => literal(n).replace(/ /g, '\\s+'))
          .join('|')})(?![\\w-])`
      : null;
  const frames = name
    ? [
        { type: 'contact' as const, re: new RegExp(`(?<![\\w-])${CONTACT}(?: \\w+){0,2}? ${name}`, 'g') },
        { type: 'transfer' as const, re: new RegExp(`(?<![\\w-])${PASSES} ${name}`, 'g') },
        { type: 'others' as const, re: new RegExp(`${name} ${TAKES_OVER}`, 'g') },
        { type: 'others' as const, re: new RegExp(`${name} ${OWNS_IT}`, 'g') },
      ]
    : [];
  const extra = set.handoff.map((p) => nameOf(p)).filter(Boolean);
  const handoffRe = extra.length
    ? new RegExp(`(?<![\\w-])(?:${extra.map(namePattern).join('|')})(?![\\w-])`)
    : null;
  const own = set.ownership.map((p) => tidy(p).toLowerCase()).filter(Boolean);
  const ownRe = own.length
    ? new RegExp(`(?<![\\w-])(?:${own.map((p) => literal(p).replace(/ /g, '\\s+')).join('|')})(?![\\w-])`)
    : null;
  const canonical = (sentence: string) => tidy(sentence).toLowerCase();
  return {
    handoff(sentence) {
      const text = canonical(sentence);
      for (const { type, re } of frames) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const head = text.slice(Math.max(0, m.index - 60), m.index);
          if (type !== 'others' && AGENT_OR_NOT.test(head)) continue;
          const target = m.slice(1).find((g) => g !== undefined);
          return {
            type,
            target: target && names.find((n) => new RegExp(`^${namePattern(n)}$`).test(target)),
          };
        }
      }
      return handoffRe?.test(text) ? { type: 'others' } : null;
    },
    owns(sentence) {
      return ownRe?.test(canonical(sentence)) ?? false;
    },
  };
}

const COMPILED = new Map<string, CompiledTeamPhrases>();

/** The compiled frames for one language's words, cached per distinct set (the last few kept). */
export function teamFrames(phrases: TeamPhrases | undefined, language: string): CompiledTeamPhrases | null {
  if (!hasPhrases(phrases, language)) return null;
  const set = phraseSet(phrases, language);
  const key = `${language}\u0000${JSON.stringify(set)}`;
  let compiled = COMPILED.get(key);
  if (!compiled) {
    if (COMPILED.size >= 8) COMPILED.clear();
    compiled = compileTeamPhrases(set);
    COMPILED.set(key, compiled);
  }
  return compiled;
}
