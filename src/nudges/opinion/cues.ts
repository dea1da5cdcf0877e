// Structural cues for the learned second opinion (src/nudges/opinion/opinion.ts, the `structure` layout): the
// shape of a handoff that no list of names can hold. A named party other than us (a capitalised name that is
// not the sentence's first word and not after "our"/"we", an @handle, a web domain, a phone number), "they"
// referring back to one, someone other than the agent or the customer who can or will act ("FNB will be able
// to tell you", "the warranty desk would"), and the customer told to act (an imperative at the start, "you'll
// need to"). The only words named are closed classes (pronouns, determiners, auxiliaries, prepositions and
// greetings); no company, team or verb of handing over. Each cue is 0 or 1.

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

/** Words that are capitalised for other reasons than naming someone (pronouns, days, greetings…). */
const NOT_NAMES = {
  test: (word: string) =>
    /^(?:i|i'm|i've|i'll|i'd|we|we're|we've|we'll|we'd|you|you're|you've|you'll|you'd|your|our|ok|okay|hi|hello|hey|dear)$/.test(
      word,
    ) ||
    /^(?:thanks|thank|sorry|please|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april)$/.test(
      word,
    ) ||
    /^(?:may|june|july|august|september|october|november|december|mr|mrs|ms|dr|am|pm|eta|faq|id|pin|pdf|sms|usd|eur|gbp)$/.test(
      word,
    ) ||
    /^(?:tv|uk|us|usa|eu)$/.test(word),
};

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
}

function tokens(sentence: string): Token[] {
  const out: Token[] = [];
  for (const match of sentence.replace(/[’‘]/g, "'").matchAll(/[\p{L}\d][\p{L}\d&.'-]*/gu)) {
    const word = match[0].replace(/[.'-]+$/, '');
    out.push({ word, lower: word.toLowerCase(), capital: /^\p{Lu}/u.test(word) });
  }
  // "you'll", "they'll": the modal is its own token.
  return out.flatMap((t) =>
    /^\p{L}+'ll$/u.test(t.lower)
      ? [
          { word: t.word.slice(0, -3), lower: t.lower.slice(0, -3), capital: t.capital },
          { word: "'ll", lower: "'ll", capital: false },
        ]
      : [t],
  );
}

/** A sentence's first word written as a name: an acronym, an inner capital, a digit or a possessive. */
function firstWordNamed(t: Token): boolean {
  return (
    /^\p{Lu}{2,}$|^\p{Lu}\p{Ll}+\p{Lu}|\d|^\p{Lu}\p{L}*'s$/u.test(t.word) && !NOT_IMPERATIVE.test(t.lower)
  );
}

/** Index of each token that names a party other than us (see the file's comment). */
function nameIndexes(list: readonly Token[]): number[] {
  const out: number[] = [];
  for (const [i, t] of list.entries()) {
    if (!t.capital || NOT_NAMES.test(t.lower.replace(/'s$/, ''))) continue;
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
    while (back >= 0 && list[back]!.capital && !NOT_NAMES.test(list[back]!.lower)) back--;
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
