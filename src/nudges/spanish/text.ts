// The canonical form of a Spanish sentence that the frames match: lower case, accents dropped (chat
// often has none), chat spellings written out ("q" → "que", "xq" → "porque"), clause marks (and the steps
// of a menu path, "Ajustes > Seguridad") as " , ",
// words separated by single spaces. A first-person past "llamé" / "hablé" keeps a mark ("llame_")
// so it is not read as the request "llame" / "hable" once its accent is gone.
import { plain } from './phrases';

const CHAT: Record<string, string> = {
  q: 'que',
  k: 'que',
  xq: 'porque',
  pq: 'porque',
  porq: 'porque',
  x: 'por',
  tb: 'tambien',
  tmb: 'tambien',
  ud: 'usted',
  vd: 'usted',
  uds: 'ustedes',
  vds: 'ustedes',
  dpto: 'departamento',
  depto: 'departamento',
  dept: 'departamento',
  pls: 'por favor',
  plis: 'por favor',
  xfa: 'por favor',
  xfavor: 'por favor',
  tlf: 'telefono',
  tel: 'telefono',
  msj: 'mensaje',
  whats: 'whatsapp',
  d: 'de',
  dl: 'del',
  cn: 'con',
  dsp: 'despues',
  dps: 'despues',
  xk: 'porque',
  qe: 'que',
  ke: 'que',
  xa: 'para',
  tmbn: 'tambien',
  msg: 'mensaje',
  cel: 'celular',
  t: 'te',
  aki: 'aqui',
  pa: 'para',
  // A final "s" dropped, as Caribbean chat writes it: "no podemo", "eso no lo manejamo".
  podemo: 'podemos',
  tenemo: 'tenemos',
  hacemo: 'hacemos',
  damo: 'damos',
  estamo: 'estamos',
  contamo: 'contamos',
  manejamo: 'manejamos',
  aceptamo: 'aceptamos',
  ofrecemo: 'ofrecemos',
  vendemo: 'vendemos',
  trabajamo: 'trabajamos',
  atendemo: 'atendemos',
  gestionamo: 'gestionamos',
  tramitamo: 'tramitamos',
};

/** Words in "-é" that are no first-person past: "el comité académico", "un café". */
const NOT_PAST = new Set([
  'comité',
  'café',
  'bebé',
  'puré',
  'josé',
  'rené',
  'andré',
  'cliché',
  'consomé',
  'canapé',
  'bidé',
]);

/** A macro's placeholder left in the text: "{{aliado}}", "[TIENDA]". */
const PLACEHOLDER = /^(?:\{\{[^{}]{1,40}\}\}|\[[A-ZÁÉÍÓÚÑ_][A-ZÁÉÍÓÚÑ_ ]{0,39}\])$/u;
const PLACEHOLDERS = /\{\{([^{}]{1,40})\}\}|\[([A-ZÁÉÍÓÚÑ_][A-ZÁÉÍÓÚÑ_ ]{0,39})\]/gu;

const TOKEN =
  /\{\{[^{}]{1,40}\}\}|\[[A-ZÁÉÍÓÚÑ_][A-ZÁÉÍÓÚÑ_ ]{0,39}\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[,;:!?¡¿()"«»—–|>›→]/gu;

/** A sentence's canonical form. */
export function spanishText(sentence: string): string {
  const words: string[] = [];
  // A placeholder reads as the words inside it ("{{empresa}} no puede…"); `namedText` reads it as a name.
  const unwrapped = sentence
    .slice(0, 2_000)
    .replace(PLACEHOLDERS, (_, braces?: string, brackets?: string) => ` ${braces ?? brackets} `);
  for (const match of unwrapped.matchAll(TOKEN)) {
    const token = match[0];
    if (/^[,;:!?¡¿()"«»—–|>›→]$/.test(token)) {
      if (words.length > 0 && words[words.length - 1] !== ',') words.push(',');
      continue;
    }
    const lower = token.toLowerCase();
    const past = lower.length >= 4 && lower.endsWith('é') && !lower.includes('@') && !NOT_PAST.has(lower);
    const bare = plain(lower);
    words.push(past ? `${bare}_` : (CHAT[bare] ?? bare));
  }
  while (words[words.length - 1] === ',') words.pop();
  return words.join(' ');
}

/** What stands for a name the phrase file cannot know ("Movistar", "SEUR") in `namedText`. */
export const NAME = 'xnombrex';

/** The arrow between the steps of a menu path: "Ajustes > Seguridad". */
const MENU = /^[>›→]$/;

/** Channels and words written with a capital that are not a party to send anyone to. */
const NOT_NAMES = new Set(
  (
    'whatsapp instagram facebook twitter telegram messenger sms dm md mail email gmail web app chat ' +
    'mi mis tu tus su sus usted ustedes sr sra srta don dona lunes martes miercoles jueves viernes sabado domingo ' +
    'pdf jpg png dni cuit cuil cif nif nie rut rfc curp cbu cvu clabe iban ok sms qr id url faq'
  ).split(' '),
);

/**
 * The canonical form with each run of capitalised words after the first word ("Movistar", "SEUR",
 * "Atención al Cliente") as `NAME`, and the names as written, in order.
 */
export function namedText(sentence: string): { text: string; names: string[] } {
  const matches = [...sentence.slice(0, 2_000).matchAll(TOKEN)];
  const tokens = matches.map((m) => m[0]);
  // A capital after "!", "?", a full stop or an emoji starts a sentence; it names no one.
  const starts = matches.map((m, i) => {
    if (i === 0) return true;
    const previous = matches[i - 1]!;
    const gap = sentence.slice(previous.index + previous[0].length, m.index);
    return /[^\s,;:"«»()]/.test(gap) || /^[!?¡¿]$/.test(previous[0]);
  });
  const out: string[] = [];
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) {
      names.push(run.join(' '));
      out.push(NAME);
      run = [];
    }
  };
  // A step of a menu path ("vaya a Ajustes > Seguridad") is a page of ours, not a name.
  const menu = (i: number) => MENU.test(tokens[i - 1] ?? '') || MENU.test(tokens[i + 1] ?? '');
  tokens.forEach((token, i) => {
    // A placeholder ("con {{aliado}}") stands for whatever the macro names there: a name, wherever it is.
    const capital =
      PLACEHOLDER.test(token) ||
      (!starts[i] && /^\p{Lu}/u.test(token) && !NOT_NAMES.has(plain(token.toLowerCase())) && !menu(i));
    if (capital) run.push(token);
    else {
      flush();
      out.push(token);
    }
  });
  flush();
  return { text: spanishText(out.join(' ')), names };
}

/** Where `phrase` (canonical) was written in `sentence`, as written; else the phrase itself. */
export function asWrittenIn(sentence: string, phrase: string): string {
  const folded = plain(sentence.normalize('NFC').toLowerCase());
  if (folded.length === sentence.normalize('NFC').length) {
    const at = folded.indexOf(phrase);
    if (at >= 0) return sentence.normalize('NFC').slice(at, at + phrase.length);
  }
  return phrase;
}

/** Verbs by which someone else's words are reported: "me comentó", "le dijeron", "según". */
const SAYING =
  String.raw`(?<!\p{L})(?:dij\p{L}*|dic(?:e|en|es)|dec[ií]\p{L}*|coment[oó]|comentaron|comenta(?:n|s)?|mencion[oó]|mencionaron|` +
  'menciona(?:n|s)?|escribi[oó]|escribieron|contest[oó]|contestaron|respondi[oó]|respondieron|' +
  'se[ñn]al[oó]|pusieron|puso|seg[uú]n)';
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»|(?<=^|[\s(:])'[^']*\s[^']*'(?=$|[\s).,;:!?])/g;
const REPORTED_BEFORE = new RegExp(String.raw`${SAYING}(?:\s+que)?\s*[:,]?\s*$`, 'iu');
const REPORTED_AFTER = new RegExp(String.raw`^\s*[,—–-]?\s*(?:(?:me|le|les|nos|te)\s+)?${SAYING}`, 'iu');
/** "Me comentó que tendría que ir al banco": what the customer told the agent, up to the clause's end. */
const TOLD_ME = new RegExp(
  String.raw`(?:^|\s)(?:(?:usted|t[uú]|vos)\s+)?(?:me|nos)\s+(?:cuenta|cont[oó]|explica|explic[oó]|plantea|plante[oó]|` +
    String.raw`indica|indic[oó]|${SAYING})\s+que\s[^,;:.!?]*`,
  'giu',
);

/**
 * The sentence without the words it reports: a quotation after or before a verb of saying ("le dijeron
 * «vaya al MEP»") and what the customer told the agent ("me comentó que tendría que ir al banco"). They
 * are someone else's words, not the agent sending the customer away or refusing.
 */
export function unreported(sentence: string): string {
  const quoted = sentence.replace(QUOTED, (span, at: number) =>
    REPORTED_BEFORE.test(sentence.slice(0, at)) || REPORTED_AFTER.test(sentence.slice(at + span.length))
      ? ' , '
      : span,
  );
  return quoted.replace(TOLD_ME, ' , ');
}
