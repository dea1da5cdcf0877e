// The Spanish phrase file (`es.json`, data: see `useSpanishPhrases`) and the one builder that turns its phrases into the alternations
// the frames in `frames.ts` are written over. Phrases are written as people write them (accents
// optional: the builder drops them, as the text's canonical form does).
//
// Phrase syntax: lower-case words separated by single spaces, and
// - `word(a|b)`: a group glued to a word is an optional ending ("llamar(le|les)", "mano(s)");
// - `(a|b)`: a group standing alone is one of them; followed by `?`, optional ("(su|tu) (caso|consulta)");
// - `x[a|b]`: one of them inside a word ("llam[e|a|en]", "derivad[o|a]");
// - `[a-z]+`: any one word.

export interface SpanishPhrases {
  language: string;
  /** Obligation and advice before an infinitive: "tendrá que", "le recomiendo", "podés". */
  obligations: string[];
  /** Contact verbs after an obligation: "llamar", "ponerse en contacto", "escribirle". */
  contactInfinitives: string[];
  /** The same verbs as a request on their own (imperative or subjunctive; usted, tú, vos). */
  contactImperatives: string[];
  /** The case as someone else's, before the party: "le corresponde al", "lo financia", "se tramita con". */
  assignedTo: string[];
  /** Another party's phone, address or form given to the customer, before "del / de la" and the party. */
  details: string[];
  /** Outside parties: "banco", "transportista", "fabricante", "vendedor". */
  parties: string[];
  /** Another team or person of ours: "departamento", "área", "compañero", "facturación". */
  teamNouns: string[];
  /** Our own self-service places that name no one to contact: "el Área de Clientes", "la oficina virtual". */
  places: string[];
  /** Passing the customer or the case on: "le paso con", "su caso ha sido derivado a". */
  transfers: string[];
  /** After a team or person: someone else takes over ("se encargará", "le llamará"). */
  takeovers: string[];
  /** After any party: the party is the one who helps ("sabrán decirle", "es quien gestiona"). */
  partyActs: string[];
  /** The case belongs to someone else: "le corresponde al", "eso lo lleva otro departamento". */
  assignments: string[];
  /** The agent keeps the case, or the customer need not act: no handoff in that sentence. */
  ownership: string[];
  /** What the agent or the company cannot do, including scope ("por este canal solo…"). */
  cant: string[];
  /** Cant forms that are idioms: "no puedo creer", "no hay problema". */
  cantIdioms: string[];
  /**
   * Around a negated fact, an apology that makes it a refusal of what was asked: "lo siento", "qué pena",
   * "disculpe" (`refusalStated` in reading.ts).
   */
  refusalSoftenings: string[];
  /**
   * Around a negated fact, what is still possible or the one thing that is: "lo que sí", "si quieres te…", "te
   * ofrezco", "a partir de", "solo…": the customer's ask answered with the alternative.
   */
  refusalAlternatives: string[];
  /** Right before the "no", a thing that has stopped or not yet started for the customer: "ya no", "por ahora no". */
  refusalStill: string[];
  /** The beginnings of verbs that, negated, state no refusal ("no se preocupe", "no le cobramos", "no llega"). */
  neutralVerbStems: string[];
  /** Whole verb forms that, negated, state no refusal: "no hay", "no es", "no ha", "no se". */
  neutralVerbs: string[];
}

/** The file as written: a long phrase may be written as parts that join into it, so no line is long. */
export type SpanishPhraseSource = { language: string } & {
  [K in Exclude<keyof SpanishPhrases, 'language'>]: (string | readonly string[])[];
};

/** Each phrase written in parts joined into one. */
export function joinedPhrases(source: SpanishPhraseSource): SpanishPhrases {
  const file = { language: source.language } as SpanishPhrases;
  for (const [name, list] of Object.entries(source)) {
    if (name !== 'language' && Array.isArray(list))
      (file as unknown as Record<string, string[]>)[name] = list.map((p) =>
        typeof p === 'string' ? p : p.join(''),
      );
  }
  return file;
}

let current: SpanishPhrases | undefined;
let generation = 0;

/**
 * Gives the engine its Spanish phrase file. Node and the tests get the bundled one with the engine
 * (`es-data.ts`, imported by `src/nudges/index.ts`); the panel fetches it as data after first paint.
 */
export function useSpanishPhrases(source: SpanishPhraseSource): void {
  current = joinedPhrases(source);
  generation++;
}

/** The Spanish phrase file, once given; until then Spanish drafts get no handoff or can't nudge. */
export function spanishPhrases(): { file: SpanishPhrases; generation: number } | undefined {
  return current ? { file: current, generation } : undefined;
}

/** One phrase of the syntax above (checked by the format test). */
export const SPANISH_PHRASE = /^[a-zñáéíóúü0-9 ()[\]|?+-]+$/;

/** Letters without their accents ("facturación" → "facturacion"); ñ stays a single letter, n. */
export function plain(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Where the group opened at `from` closes (groups may nest), or -1. */
function closing(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The choices of a group, split at the bars that are not inside brackets. */
function choices(group: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < group.length; i++) {
    if (group[i] === '[' || group[i] === '(') depth++;
    else if (group[i] === ']' || group[i] === ')') depth--;
    else if (group[i] === '|' && depth === 0) {
      out.push(group.slice(from, i));
      from = i + 1;
    }
  }
  out.push(group.slice(from));
  return out;
}

/** The regular expression of one phrase. */
export function spanishPattern(phrase: string): string {
  let out = '';
  // A first-person past ("trasladé") is written as the canonical text marks it ("traslade_").
  const text = plain(phrase.toLowerCase().replace(/([a-zñáíóú]{3,})é(?![a-zñáéíóú])/g, '$1e_'));
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '[') {
      const end = text.indexOf(']', i);
      if (end < 0) throw new Error(`Unclosed "[" in the phrase "${phrase}".`);
      const inside = text.slice(i + 1, end);
      out += inside === 'a-z' ? '[a-zñ]' : `(?:${inside})`;
      i = end;
    } else if (c === '(') {
      const end = closing(text, i);
      if (end < 0) throw new Error(`Unclosed "(" in the phrase "${phrase}".`);
      const glued = i > 0 && /[a-zñ\]]/.test(text[i - 1]!);
      const explicit = text[end + 1] === '?';
      const inside = choices(text.slice(i + 1, end))
        .map(spanishPattern)
        .join('|');
      if (explicit && out.endsWith(' ') && (text[end + 2] === ' ' || end + 2 === text.length)) {
        // " (a|b)?" between words: the space goes with the group, so "se deriva (el caso)? a" reads "se deriva a".
        out = `${out.slice(0, -1)}(?: (?:${inside}))?`;
        i = end + 1;
        continue;
      }
      if (explicit && out === '' && text[end + 2] === ' ' && text[end + 3] !== '?') {
        // "(la|el)? llamada" at the start: the space after the group goes with it.
        out = `(?:(?:${inside}) )?`;
        i = end + 2;
        continue;
      }
      out += `(?:${inside})${glued && !explicit ? '?' : ''}`;
      i = end;
    } else if (c === '_' && i > 0) {
      out += '_';
    } else if (c === '.') {
      out += '\\.';
    } else {
      out += c;
    }
  }
  return out;
}

/** An alternation of phrases, longest first so the regex takes the fullest reading. */
export function spanishAlternation(phrases: readonly string[]): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(spanishPattern).join('|')})`;
}
