// Structural cues for the learned second opinion (src/nudges/opinion/opinion.ts, the `structure` layout): the
// shape of a handoff that no list of names can hold. A named party other than us (a capitalised name that is
// not the sentence's first word and not after "our"/"we", an @handle, a web domain, a phone number), "they"
// referring back to one, someone other than the agent or the customer who can or will act ("FNB will be able
// to tell you", "the warranty desk would"), and the customer told to act (an imperative at the start, "you'll
// need to"). The only words named are closed classes (pronouns, determiners, auxiliaries, prepositions and
// greetings); no company, team or verb of handing over. Which capitals name no one is the phrase file's list,
// shared with the phrase layer's names (src/nudges/text/capitalised.ts). Each cue is 0 or 1.
import { capitalisedForAnotherReason, writtenAsName } from '../text/capitalised';

/** The names of the cues, in the order `structuralCues` returns them. */
export const STRUCTURE_NAMES = [
  'name other than us',
  'possessive name',
  'name after a preposition',
  'handle, domain or phone',
  'they',
  'someone else can or will',
  'imperative start',
  'you will need to',
] as const;

/** STRUCTURE_NAMES.length, written out so that nothing here runs when the module loads (the panel loads it). */
export const STRUCTURE_COUNT = 8;

/**
 * What the `structure` layout reads per sentence (src/nudges/opinion/opinion.ts): the sentence's cues, its
 * neighbours' (each cue in either), and "they" referring back to a name in the sentence or the one before.
 */
export const STRUCTURE_SPAN = 2 * STRUCTURE_COUNT + 1;

export function structureBlocks(
  sentences: readonly { raw?: string; text: string; before?: number; after?: number }[],
): number[][] {
  const they = STRUCTURE_NAMES.indexOf('they');
  const name = STRUCTURE_NAMES.indexOf('name other than us');
  const cues = sentences.map((s) => structuralCues(s.raw ?? s.text));
  return sentences.map((s, i) => {
    const own = cues[i]!;
    const around = [s.before, s.after].filter((n): n is number => n !== undefined).map((n) => cues[n]!);
    const before = s.before === undefined ? undefined : cues[s.before];
    return [
      ...own,
      ...own.map((_, k) => (around.some((other) => other[k]) ? 1 : 0)),
      own[they] && (own[name] || before?.[name]) ? 1 : 0,
    ];
  });
}

/** Words that end a name's run when they come before it: possessives that make it ours. */
const OURS = /^(?:our|we|us|my)$/;

/** Subjects that are the agent, the customer or a thing rather than someone else. */
const NOT_SOMEONE_ELSE =
  /^(?:i|we|you|it|this|that|these|those|there|which|what|who|here|everything|nothing|something|anything|one|payment|refund|order|item|parcel|package)$/;

const PREPOSITIONS = /^(?:with|to|at|from|via|through|by|on|contact|call|ring|email|try|ask)$/;

/** Closed-class words that cannot start an imperative. */
const NOT_IMPERATIVE = {
  test: (word: string) =>
    /^(?:i|we|you|he|she|they|it|this|that|these|those|there|here|the|a|an|your|our|my|his|her|their|its|if|when|while)$/.test(
      word,
    ) ||
    /^(?:as|so|and|but|or|because|since|unfortunately|sorry|thanks|thank|hi|hello|hey|dear|yes|no|ok|okay|just|also)$/.test(
      word,
    ) ||
    /^(?:once|after|before|for|in|on|at|to|with|from|by|of|about|all|any|some|no|not|is|are|was|were|be|been|am|do|does)$/.test(
      word,
    ) ||
    /^(?:did|have|has|had|can|could|will|would|should|shall|may|might|must|what|which|who|why|how|where|hope|good|great)$/.test(
      word,
    ) ||
    /^(?:glad|happy|welcome|regards|best|cheers|kind|as|per|following|regarding|re|fyi|ps|note|update|otherwise)$/.test(
      word,
    ) ||
    /^(?:alternatively|however|then|now|today|tomorrow|yesterday|currently|again|still|already|only|even|really)$/.test(
      word,
    ) ||
    /^(?:actually|quick|since|until|unless|whether|both|either|neither|each|every|many|much|more|most|other|another)$/.test(
      word,
    ) ||
    /^(?:such|same|very|too|well|please)$/.test(word),
};

const MODALS = /^(?:can|will|would|could|should|may|might|'ll|is|are)$/;
/** The modals a first word acts with to be read as a name ("Mira will"; not "Contact is"). */
const ACTS = /^(?:can|will|would|could|should|may|might|'ll)$/;

interface Token {
  word: string;
  lower: string;
  /** Starts with a capital letter (or is an all-capital acronym). */
  capital: boolean;
  /** Where the word starts in the sentence. */
  at: number;
}

function tokens(sentence: string): Token[] {
  const out: Token[] = [];
  for (const match of sentence.replace(/[’‘]/g, "'").matchAll(/[\p{L}\d][\p{L}\d&.'-]*/gu)) {
    const word = match[0].replace(/[.'-]+$/, '');
    out.push({ word, lower: word.toLowerCase(), capital: /^\p{Lu}/u.test(word), at: match.index });
  }
  // "you'll", "they'll": the modal is its own token.
  return out.flatMap((t) =>
    /^\p{L}+'ll$/u.test(t.lower)
      ? [
          { word: t.word.slice(0, -3), lower: t.lower.slice(0, -3), capital: t.capital, at: t.at },
          { word: "'ll", lower: "'ll", capital: false, at: t.at + t.word.length - 3 },
        ]
      : [t],
  );
}

/**
 * A sentence's first word written as a name: as the phrase layer reads one (an acronym, an inner capital, a
 * capital with a digit: text/capitalised.ts) or a possessive ("Trek's").
 */
function firstWordNamed(t: Token): boolean {
  return (writtenAsName(t.word) || /^\p{Lu}\p{L}*'s$/u.test(t.word)) && !NOT_IMPERATIVE.test(t.lower);
}

/** Index of each token that names a party other than us (see the file's comment). */
function nameIndexes(list: readonly Token[]): number[] {
  const out: number[] = [];
  for (const [i, t] of list.entries()) {
    if (!t.capital || capitalisedForAnotherReason(t.lower.replace(/'s$/, ''))) continue;
    // The first word is capitalised anyway: a name only when it is written as one (an acronym, "PayFast",
    // "Trek's") or acts ("Mira will").
    if (
      i === 0 &&
      !(firstWordNamed(t) || (ACTS.test(list[1]?.lower ?? '') && !NOT_SOMEONE_ELSE.test(t.lower)))
    )
      continue;
    // A greeting's name ("Hi Sarah", "Dear Ms Oyelaran") is the customer's.
    if (i <= 2 && /^(?:hi|hello|hey|dear|thanks|thank)$/.test(list[0]!.lower)) continue;
    // "our Returns team", "we at Acme": ours. Look back over the name's own capitalised run.
    let back = i - 1;
    while (back >= 0 && list[back]!.capital && !capitalisedForAnotherReason(list[back]!.lower)) back--;
    if (back >= 0 && OURS.test(list[back]!.lower)) continue;
    if (back >= 1 && list[back]!.lower === 'at' && OURS.test(list[back - 1]!.lower)) continue;
    out.push(i);
  }
  return out;
}

/** A way to reach someone: an @handle, a domain, a phone number. */
const REACH =
  /(?:^|\s)@[a-z0-9_]{2,}|\b[a-z0-9-]+\.(?:com|org|net|co|io|gov|edu|uk|za|au|ca|de|in|info|app)\b|\+?\d[\d ().-]{6,}\d/i;
const THEY = /\b(?:they|their|them|theirs|they're|they'll|they've)\b/;

/** The structural cues of a sentence as written, in the order of STRUCTURE_NAMES. */
export function structuralCues(sentence: string): number[] {
  const list = tokens(sentence);
  const names = nameIndexes(list);
  const isName = new Set(names);
  const lower = sentence.toLowerCase().replace(/[’‘]/g, "'");
  const possessive = names.some((i) => /'s$/.test(list[i]!.lower));
  const afterPreposition = names.some((i) => i > 0 && PREPOSITIONS.test(list[i - 1]!.lower));
  const reach = REACH.test(sentence);
  const they = THEY.test(lower);
  // Someone else who can or will act: the subject just before a modal is a name, "they", "he"/"she", or a
  // noun phrase that is not the agent, the customer or a thing.
  let someoneElse = false;
  for (const [i, t] of list.entries()) {
    if (!MODALS.test(t.lower) || i === 0) continue;
    if ((t.lower === 'is' || t.lower === 'are') && !/^(?:able|going|happy)$/.test(list[i + 1]?.lower ?? ''))
      continue;
    const subject = list[i - 1]!;
    if (/^(?:they|he|she)$/.test(subject.lower) || isName.has(i - 1)) someoneElse = true;
    else if (!NOT_SOMEONE_ELSE.test(subject.lower) && !subject.capital) {
      // A noun phrase: "the warranty desk", "your bank", "the airline's agents" (up to four words back).
      for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
        const w = list[k]!.lower;
        if (/^(?:the|your|their|a|an)$/.test(w)) {
          someoneElse = !/^(?:i|we|you|it)$/.test(list[k - 1]?.lower ?? '');
          break;
        }
        if (OURS.test(w) || NOT_SOMEONE_ELSE.test(w) || MODALS.test(w)) break;
        if (isName.has(k)) {
          someoneElse = true;
          break;
        }
      }
    }
    if (someoneElse) break;
  }
  const first = list[0]?.lower === 'please' || list[0]?.lower === 'just' ? list[1] : list[0];
  const imperative =
    first !== undefined &&
    /^\p{L}+$/u.test(first.word) &&
    !firstWordNamed(first) &&
    !MODALS.test(list[list.indexOf(first) + 1]?.lower ?? '') &&
    !NOT_IMPERATIVE.test(first.lower) &&
    !/(?:s|ly|ed|ing)$/.test(first.lower) &&
    list.length >= 3 &&
    !/^(?:\p{L}+)\s*,/u.test(sentence.trim());
  const youNeed =
    /\b(?:you|u)(?:'ll| will|'d| would)? (?:need|want|have|have got|got) to\b|\b(?:you|u)(?:'re| are) (?:best|better) (?:off )?\w+ing\b|\byour best bet\b|\bbest (?:to|bet)\b/.test(
      lower,
    );
  return [
    names.length > 0 ? 1 : 0,
    possessive ? 1 : 0,
    afterPreposition ? 1 : 0,
    reach ? 1 : 0,
    they ? 1 : 0,
    someoneElse ? 1 : 0,
    imperative ? 1 : 0,
    youNeed ? 1 : 0,
  ];
}

/** Capitalised words that name a thing rather than a party. */
const NOT_PARTIES =
  /^(?:sim|url|dm|hd|sd|cpu|gpu|tv|pc|app|otp|vip|sku|vat|gst|iban|bic|cvv|imei|api|ip|vpn|wifi|wi-fi|pin)$/;
/** REACH, with every subdomain of a domain, for finding each way to reach someone in a sentence. */
const reachAll = () =>
  new RegExp(REACH.source.replace('[a-z0-9-]+\\.(?:com', '[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com'), 'gi');

/**
 * Where the named parties of a sentence are (the names of `structuralCues`, a run of them as one, without a
 * possessive "'s"; @handles, web domains and phone numbers): src/nudges/opinion/names.ts puts one placeholder
 * in their place before the sentence is embedded.
 */
export function namedSpans(sentence: string): [number, number][] {
  const list = tokens(sentence);
  const spans: [number, number][] = [];
  let last = -2;
  for (const i of nameIndexes(list)) {
    const t = list[i]!;
    // The first word, a letter ("size M"), a code ("E4"), and a capital after a break the splitter kept
    // ("…: link Hope that helps", "Settings > General") are not named parties.
    if (i === 0 || t.word.length < 2 || /\d/.test(t.word) || NOT_PARTIES.test(t.lower)) continue;
    if (list[i - 1]!.lower === 'link' || /[.!?:>*]\s*$/.test(sentence.slice(0, t.at))) continue;
    const end = t.at + t.word.length - (/'s$/i.test(t.word) ? 2 : 0);
    const previous = spans[spans.length - 1];
    // "Castle Rock Insurance": one party; the previous name's "'s" ends its run.
    if (previous && last === i - 1 && !/'s$/i.test(list[i - 1]!.word)) previous[1] = end;
    else spans.push([t.at, end]);
    last = i;
  }
  for (const match of sentence.matchAll(reachAll())) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    spans.push([start, match.index + match[0].length]);
  }
  // Overlaps (a domain's capitalised name) become one span.
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    if (previous && span[0] <= previous[1]) previous[1] = Math.max(previous[1], span[1]);
    else out.push([...span]);
  }
  return out;
}

/**
 * Cues of a statement of what we cannot do (the `scope` layout), in the order `cantCues` returns them: we or
 * the company (our team, support, this channel) as the subject of a negated modal or "not able", "unable",
 * "have no"; "not possible", "outside our scope", "out of my hands", "no way to"; "only handles", "limited
 * to", "not managed by us"; an apology or "unfortunately" leading the sentence; the customer as the one who
 * cannot ("if you can't log in"), which is not ours; and the sentence opening the reply.
 */
export const CANT_NAMES = [
  'we cannot',
  'not possible or outside',
  'only or limited to',
  'apology lead',
  'the customer cannot',
  'opens the reply',
] as const;

/** CANT_NAMES.length, written out (see STRUCTURE_COUNT). */
export const CANT_COUNT = 6;

/** What the `scope` layout reads per sentence: its can't cues, and an apology leading the sentence before. */
export const CANT_SPAN = CANT_COUNT + 1;

const NEGATION =
  "(?:can't|cannot|can not|won't|wouldn't|couldn't|don't|doesn't|didn't|isn't|aren't|am not|are not|is not|" +
  'do not|does not|will not|would not|could not|not|unable|no longer|have no|has no|never)';
const OUR_SUBJECT =
  String.raw`(?:i|we|our (?:[\p{L}-]+ ){0,2}?(?:team|department|dept|desk|system|systems|policy|policies|store|shop|` +
  'company|side|end|agents|staff|office)|support|customer (?:support|service|care)|this (?:channel|team|line|' +
  'desk|chat|account|page|inbox|service|number))';
/** Built on first use, not when the module loads (the panel loads this module and never reads can't cues). */
function cantPatterns(): { we: RegExp; possible: RegExp; apology: RegExp; only: RegExp } {
  patterns ??= {
    we: new RegExp(
      String.raw`(?:^|[^\p{L}'])${OUR_SUBJECT}(?:'re|'m|'ve|'d)?(?: (?:[\p{L}']+ ){0,2}?)?${NEGATION}(?![\p{L}'])`,
      'u',
    ),
    possible: new RegExp(
      String.raw`\b(?:not|isn't|is not|aren't|wasn't|won't be|no longer) (?:possible|allowed|permitted|something (?:we|i))\b|` +
        String.raw`\bunable to\b|\bnot able to\b|\bimpossible\b|\bout(?:side)? (?:of )?(?:our|my|the|its) (?:scope|remit|control|` +
        String.raw`hands|authority|jurisdiction|power|policy)\b|\bout (?:of|from) (?:my|our) (?:hands|control|authority|scope)\b|` +
        String.raw`\bbeyond (?:our|my|what (?:we|i))\b|\bno (?:way|means|access|permission|authority|ability|control|` +
        String.raw`visibility|option) (?:to|over|into|for|on)\b`,
    ),
    apology: new RegExp(
      String.raw`^(?:(?:hi|hello|hey|dear)\b[^,.!]{0,30}[,.!] ?)?(?:(?:(?:i|we)(?:'m|'re| am| are) )?` +
        "(?:so |very |really |terribly )?sorry|unfortunately|(?:i|we)(?:'m|'re| am| are) afraid|regrettably|" +
        String.raw`apologies|(?:i|we) apologi[sz]e|sadly|(?:i|we) regret)\b`,
    ),
    only: new RegExp(
      String.raw`\bonly (?:handles?|deals? with|covers?|supports?|manages?|looks? after|takes? care of|able to|helps? with|` +
        String.raw`assists? with|for|has access)\b|\blimited to\b|\b(?:isn't|is not|aren't|are not|not) (?:managed|handled|` +
        String.raw`run|operated|sold|issued|controlled|owned|covered|processed|something) (?:by|through) us\b|` +
        String.raw`\bnot (?:our|my) (?:department|area|team|call|decision|remit)\b|\bnot (?:something|an? \w+) (?:we|i) ` +
        String.raw`(?:handle|deal with|cover|support|manage|do|offer|can)\b`,
    ),
  };
  return patterns;
}
let patterns: { we: RegExp; possible: RegExp; apology: RegExp; only: RegExp } | undefined;
const CUSTOMER_CANNOT =
  /\b(?:if|when|in case|whether|until|unless) (?:you|u) (?:still )?(?:can't|cannot|can not|are unable|aren't able|are not able|couldn't|don't|do not|won't)\b/;

/** The can't cues of a sentence as written, in the order of CANT_NAMES; `first`: it opens the reply. */
export function cantCues(sentence: string, first: boolean): number[] {
  const lower = sentence.toLowerCase().replace(/[’‘]/g, "'").trim();
  const { we, possible, apology, only } = cantPatterns();
  return [
    we.test(lower) ? 1 : 0,
    possible.test(lower) ? 1 : 0,
    only.test(lower) ? 1 : 0,
    apology.test(lower) ? 1 : 0,
    CUSTOMER_CANNOT.test(lower) ? 1 : 0,
    first ? 1 : 0,
  ];
}

/** The `scope` layout's can't block of each sentence: its cues, and an apology leading the sentence before. */
export function cantBlocks(
  sentences: readonly { raw?: string; text: string; before?: number }[],
): number[][] {
  const apology = CANT_NAMES.indexOf('apology lead');
  const cues = sentences.map((s, i) => cantCues(s.raw ?? s.text, i === 0));
  return sentences.map((s, i) => [...cues[i]!, s.before === undefined ? 0 : cues[s.before]![apology]!]);
}
