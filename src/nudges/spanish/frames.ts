// Handoff and can't in Spanish, as a few frames over the phrase file (and the team's own phrases):
//   who acts × obligation ("tendrá que", "le recomiendo", "podés") × contact verb × party
//   a contact verb as a request on its own ("comuníquese con su banco")
//   passing on ("le paso con…", "su caso ha sido derivado a…")
//   a team or person of ours taking over ("un compañero se encargará")
//   a party as the one who helps ("su banco sabrá decirle"), or the case as theirs ("le corresponde al…")
// and can't as a list of forms. Each frame names the party it sends the customer to, for the rewrite;
// reading.ts reads a sentence with them.
import { plain, type SpanishPhrases, spanishAlternation, spanishPattern } from './phrases';
import { NAME } from './text';

export type SpanishHandoffType = 'contact' | 'transfer' | 'takeover' | 'assignment' | 'team';

export interface SpanishHandoff {
  type: SpanishHandoffType;
  /** The party as the frame read it (canonical form), when there is one. */
  target?: string;
}

export type SpanishCantType = 'scope' | 'policy' | 'impossible' | 'plain';

/** What a team adds for Spanish: names and phrasings, written as people write them. */
export interface SpanishTeamWords {
  departments: readonly string[];
  parties: readonly string[];
  handoff: readonly string[];
  ownership: readonly string[];
}

const NO_TEAM: SpanishTeamWords = { departments: [], parties: [], handoff: [], ownership: [] };

// "Dicha compañía", "aquella oficina": a formal letter's pointers to a party named before.
const DET =
  '(?:(?:el|la|los|las|su|sus|tu|tus|un|una|nuestro|nuestra|nuestros|nuestras|vuestro|vuestra|otro|otra|mi|mis|este|esta|ese|esa|' +
  'dicho|dicha|dichos|dichas|aquel|aquella) )?' +
  '(?:(?:nueva|nuevo|otra|otro|propia|propio|actual|antigua|antiguo|correspondiente|respectiva|respectivo|misma|mismo) )?';
const PREP = '(?:(?:al|a|con|en|ante|hacia|del|de|por) )?';
/** Up to `n` words of the same clause. */
const words = (n: number) => `(?: (?!,)\\S+){0,${n}}?`;
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
// Toll-free numbers are often said alone: "marcale al 800 de Telcel". Short service numbers after "al": "comunicate al 611", "llame al 112".
// A number in groups may start with a two-digit area code: "marcar al 55 0000 0000".
const PHONE = String.raw`\+?\d[\d-]{5,}|\d{3,4}(?: \d{2,4}){1,3}|\d{2}(?: \d{3,4}){2}|0[89]\d{2}|(?:01 )?800|(?<=al )\d{3,4}`;
/** "de facturación", "del fabricante", "de la aerolínea" after a party names it more fully. */
const OF = String.raw`(?: (?:de la|de los|de las|del|de) (?!,)[a-zñ]+)?`;

/**
 * "…es que usted levante un reporte", "…que lo hables": the customer's verb after "que", in the
 * second or third person (not "que lo arreglemos", which is the agent's own).
 */
const SUBJUNCTIVE =
  ' que(?: (?:usted|ustedes|tu|vos|el cliente|la clienta))?(?: (?:lo|la|los|las|le|les|se|te))? (?![a-zñ]*(?:emos|amos)(?![\\wñ]))[a-zñ]{3,}(?:e|a|en|an|es|as)';

/** The customer named as the one who does it: "el trámite lo hace usted con el SENAE". */
const YOURS =
  '(?:lo|la|los|las) (?:hace|haces|gestiona|gestionas|tramita|tramitas|pide|pides|pedis|solicita|solicitas|resuelve|' +
  'resuelves|reclama|reclamas|arregla|arreglas|ve|ves|coordina|coordinas) (?:usted|tu|vos|ustedes)(?: mism[oa]s?)?';

/**
 * The same in tú / vos, where the verb's ending names the customer: "el cambio lo pedís en tu banco",
 * "la denuncia la presentas ante la fiscalía" (a party after "en" as well as "con / ante").
 */
const YOURS_TU =
  '(?:lo|la|los|las) (?:haces|gestionas|tramitas|pides|pedis|solicitas|resuelves|resolves|reclamas|reclamas|arreglas|' +
  'coordinas|abres|abris|inicias|presentas|sacas|consultas|cambias|renuevas|activas|' +
  // Checking it with a party: "eso lo checás con tu doctor", "lo ves con tu banco".
  'checas|chequeas|revisas|verificas|confirmas|hablas|platicas|ves|aclaras)(?: (?:tu|vos)(?: mism[oa])?)?';

/**
 * Who sold, made or charged it, as the party: "reclamale a quien te lo vendió", "con quien lo fabricó".
 */
const WHO_DID =
  'quien(?:es)?(?: (?:te|le|les|se))? (?:lo|la|los|las) (?:vendio|vendieron|fabrico|fabricaron|emitio|emitieron|hizo|hicieron|' +
  'cobro|cobraron|instalo|instalaron|envio|enviaron|entrego|entregaron|facturo|facturaron|vende|venden|fabrica|fabrican|emite|emiten)';

/**
 * "Él" written without its accent, which "el" alone cannot be before these words: "coordiná directamente con
 * el por el chat", "la devolución la gestiona el directamente".
 */
const HIM = 'el(?= (?:por|directamente|mismo|personalmente|en persona|al|para|y)(?= |$)| ,|$)';

/** A contact imperative with its pronouns after it ("repórtaselo", "agendala"), as any such verb takes them. */
function withClitics(phrase: string): string {
  if (/^(?:anda|vaya|vayas|vayan)(?: |$)/.test(phrase)) return phrase;
  return phrase.replace(/^([^ ()?]*[a-zñ\]])(?= |$)/, '$1(selo|sela|selos|selas|le|les|lo|la|los|las)');
}

/** Nouns after "con / a" that are not someone to contact: "acuda a la cita", "llame al final". */
const NOT_SOMEONE =
  '(?:nosotros|familia|pareja|marido|mujer|esposo|esposa|hijo|hija|hijos|padres|padre|madre|amigo|amiga|amigos|' +
  'mama|papa|abuela|abuelo|hermano|hermana|hermanos|tio|tia|primo|prima|novio|novia|vecino|vecina|vecinos|' +
  'dni|documento|pasaporte|justificante|ticket|factura|recibo|tarjeta|codigo|mismo|misma|respecto|momento|final|' +
  'principio|dia|hora|cita|reunion|visita|entrega|recogida|instalacion|espera|pagina|seccion|opcion|boton|enlace|' +
  'link|app|aplicacion|cuenta|area de clientes|tienda online|web|cliente|clienta|clientes|huella|contrasena|clave|pin|' +
  'token|foto|fotos|captura|comprobante|correo del cliente|correo electronico)';

/** "Ese cargo no es nuestro, es de tu proveedor", "ya no es con nosotros, es con la administración". */
const NOT_OURS =
  '(?:ya )?no es (?:nuestro|nuestra|con nosotros|de nosotros|nuestra responsabilidad|responsabilidad nuestra|cosa nuestra) , (?:es|sino)';

const clean = (list: readonly string[]) =>
  list.map((p) => plain(p.trim().toLowerCase()).replace(/\s+/g, ' ')).filter((p) => p.length > 0);

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const literals = (list: readonly string[]) => `(?:${clean(list).map(literal).join('|')})`;

/** The handoff frames (compiled global: each match is read in its place); the Spanish opinion names them too. */
export const HANDOFF_FRAMES = [
  'contact',
  'withParty',
  'request',
  'transfer',
  'takeover',
  'takeoverAfter',
  'partyActs',
  'assignment',
  'assignedTo',
  'details',
  'anaphor',
  'there',
] as const;

/** A cheap test that a frame can match at all: some word of the sentence is one its required list starts with. */
export type Anchor = (text: string) => boolean;

/** The first word of a phrase (a group counts as one word), or null when the phrase may start elsewhere. */
function firstChunk(phrase: string): string | null {
  let depth = 0;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ' ' && depth === 0) return phrase[i - 1] === '?' ? null : phrase.slice(0, i);
  }
  return phrase.endsWith('?') ? null : phrase;
}

/** An anchor over the first words of `phrases` (and `extra` literal words); none when a phrase may start anywhere. */
function anchorOf(phrases: readonly string[], extra: readonly string[] = []): Anchor | undefined {
  const chunks = phrases.map(firstChunk);
  if (chunks.some((chunk) => chunk === null)) return undefined;
  const words = [...new Set(chunks as string[])].map(spanishPattern);
  const literalWords = extra.flatMap((phrase) => phrase.split(' ').slice(0, 1)).map(literal);
  const word = new RegExp(`^(?:${[...words, ...literalWords].join('|')})$`);
  return (text) => text.split(' ').some((token) => word.test(token));
}

export interface SpanishFrames {
  anchors: Partial<
    Record<'contact' | 'request' | 'party' | 'transfer' | 'takeover' | 'assignment' | 'cant', Anchor>
  >;
  contact: RegExp;
  withParty: RegExp;
  request: RegExp;
  transfer: RegExp;
  takeover: RegExp;
  takeoverAfter: RegExp;
  partyActs: RegExp;
  assignment: RegExp;
  assignedTo: RegExp;
  details: RegExp;
  anaphor: RegExp;
  /** "…en la comunidad de usuarios; te recomiendo publicar tu caso allá": a party named, then sent "there". */
  there: RegExp;
  mention: RegExp;
  team: RegExp | null;
  ownership: RegExp;
  /** An outside party's noun (a bank, a municipality), not a team of ours: a case passed there is handed off. */
  outside: RegExp;
  cant: RegExp;
  idiom: RegExp;
  /** The words a refusal stated as a fact is read by (`refusalStated` in reading.ts). */
  refusal: {
    softening: RegExp;
    alternative: RegExp;
    still: RegExp;
    neutral: RegExp;
  };
}

/** Compiles the frames for the phrase file and a team's words. */
export function compileSpanish(file: SpanishPhrases, team: SpanishTeamWords = NO_TEAM): SpanishFrames {
  const alt = spanishAlternation;
  const teamNames = clean(team.departments);
  const outside = clean(team.parties);
  const teamNoun = teamNames.length
    ? `(?:${literals(teamNames)}|${alt(file.teamNouns)})`
    : alt(file.teamNouns);
  const partyNoun = `(?:${outside.length ? `${literals(outside)}|` : ''}${alt(file.parties)}|${NAME})`;
  // The party, captured with its determiner and complement: "su banco", "el área de facturación".
  const notPlace = `(?!${alt(file.places)}(?![\\wñ]))`;
  // An outside party's plural is the same party: "a cualquiera de nuestras sucursales", "los bancos"
  // (not a team noun's, which may be an adjective: "consultas comerciales").
  // "Cada tienda", "cualquier sucursal", "cualquiera de nuestras oficinas": the party is the shop or the branch.
  const party = `(?:(?:cada|cualquier|cualquiera de) )?(${DET}${notPlace}(?:${teamNoun}|${partyNoun}(?:e?s)?)${OF}|${EMAIL}|${PHONE})(?![\\wñ])`;
  // After a verb that can only mean reaching someone ("contacta con…", "diríjase a…"), any noun with its
  // article is the party ("con el restaurante", "a su mediador"), except a few that are not someone.
  // "los de soporte", "el de mantenimiento": the people of a place or team.
  const someone =
    `((?:el|la|los|las|su|sus|tu|tus|un|una|al) (?!${NOT_SOMEONE}(?![\\wñ]))(?![a-zñ]+(?:ar|er|ir)(?![\\wñ]))[a-zñ]{3,}${OF}|` +
    `(?:el|la|los|las) de (?!${NOT_SOMEONE}(?![\\wñ]))[a-zñ]{3,}(?: [a-zñ]{3,})?|(?:uno|una)(?= |$)|${WHO_DID}(?![\\wñ]))`;
  // The first "con / a" after the verb: "acuda a la cita con el DNI" names no one to contact.
  const near = String.raw`(?: (?!(?:con|a|al|en|por|para|de|del)(?= ))(?!,)\S+){0,2}`;
  const someoneAfterAl = someone.replace('(?:el|la|los|las|su|sus|tu|tus|un|una|al) ', '');
  const tail = [
    `(?:${words(5)} ${PREP}${party}`,
    `|${near} (?:con|a|ante) ${someone}`,
    `|${near} al ${someoneAfterAl}`,
    `|(?: directamente)? (?:ella|ellos|ellas|${HIM}))`,
  ].join('');
  const imperatives = file.contactImperatives.map(withClitics);
  const infinitive = `${alt(file.contactInfinitives)}(?:lo|la|los|las|le|les|te|se|selo|sela|selos|selas)?`;
  const obligation = alt(file.obligations);
  const handoffPhrases = clean(team.handoff);
  const ownership = [...file.ownership.map((p) => `(?:${alt([p])})`), ...clean(team.ownership).map(literal)];
  const partyWords = [...file.parties, ...file.teamNouns];
  const namedWords = [...teamNames, ...outside, NAME, 'ellos', 'ellas'];
  const frames: SpanishFrames = {
    anchors: {
      contact: anchorOf(file.contactInfinitives.map((p) => p.replace(/^(\S+)/, '$1[a-z]*'))),
      request: anchorOf(imperatives),
      party: anchorOf(partyWords, namedWords),
      transfer: anchorOf(file.transfers),
      takeover: anchorOf(file.takeovers),
      assignment: anchorOf(file.assignments),
      cant: anchorOf(file.cant),
    },
    contact: new RegExp(`(?<![\\wñ])${obligation}(?: que)?${words(2)} ${infinitive}(?![\\wñ])${tail}`),
    // Told to do anything "with" a known party: "lo tenés que arreglar con la concesionaria".
    withParty: new RegExp(
      `(?<![\\wñ])(?:${obligation}(?:(?: que)?${words(2)} [a-zñ]{2,}(?:ar|er|ir)(?:lo|la|los|las|le|les|te|se)?` +
        `|${SUBJUNCTIVE})|${YOURS})(?![\\wñ])${words(3)}(?: directamente)? (?:con|ante|directamente en) (?:${party}|(ellos|ellas)(?![\\wñ]))` +
        `|(?<![\\wñ])${YOURS_TU}(?![\\wñ])${words(3)} (?:con|ante|en|a|al) ${party}` +
        // "Tienes que darlo tú mismo a la aseguradora": the customer named as the one who does it, then the party.
        `|(?<![\\wñ])${obligation}(?: que)?${words(2)} [a-zñ]+(?:ar|er|ir)(?:lo|la|los|las|le|les|selo|sela)? ` +
        `(?:tu|usted|vos|ustedes) mism[oa]s?${words(2)} (?:a|al|con|ante|en) ${party}`,
    ),
    request: new RegExp(`(?<![\\wñ])(${alt(imperatives)})(?![\\wñ])${tail}`),
    transfer: new RegExp(`(?<![\\wñ])${alt(file.transfers)}(?![\\wñ])(?:${words(3)} ${party})?`),
    takeover: new RegExp(
      `(?<![\\wñ])(${DET}(?:${teamNoun}|ellos|ellas)${OF})(?: \\S+){0,12}? (?:que )?${alt(file.takeovers)}(?![\\wñ])`,
    ),
    // The party after the verb, as Spanish often puts it: "te va a llamar directamente el contratista".
    takeoverAfter: new RegExp(
      `(?<![\\wñ])${alt(file.takeovers)}(?: (?:directamente|pronto|en breve|mas tarde|hoy|manana))?(?: (?:de|desde|del))? (${DET}(?:${teamNoun}|${partyNoun}|ellos|ellas)${OF})(?![\\wñ])`,
    ),
    partyActs: new RegExp(
      `(?<![\\wñ])(${DET}(?:${teamNoun}|${partyNoun}|ellos|ellas)${OF})${words(4)} ${alt(file.partyActs)}(?![\\wñ])`,
    ),
    assignment: new RegExp(`(?<![\\wñ])${alt(file.assignments)}(?![\\wñ])(?:${words(3)} ${party})?`),
    // "La investigación la hacen ellos": the party named before, as the subject after the verb.
    assignedTo: new RegExp(
      `(?<![\\wñ])(?:${alt(file.assignedTo)}|${NOT_OURS}) ${PREP}(?:${party}|(ellos|ellas|${HIM})(?![\\wñ]))`,
    ),
    details: new RegExp(`(?<![\\wñ])${alt(file.details)} (?:del|de la|de los|de las|de) ${party}`),
    anaphor: new RegExp(
      `(?<![\\wñ])(?:${obligation}(?: que)?${words(2)} ${infinitive}|${alt(imperatives)})${words(3)} (?:con|a) (ellos|ellas)(?![\\wñ])`,
    ),
    there: new RegExp(
      `(?<![\\wñ])(?!nuestr)${DET}${notPlace}((?:${teamNoun}|${partyNoun})${OF})(?![\\wñ])(?: \\S+){0,20}? ` +
        `(?:${obligation}(?: que)?${words(2)} ${infinitive}|${alt(imperatives)}|${YOURS}|${YOURS_TU})(?![\\wñ])${words(4)} (?:alli|alla)(?![\\wñ])`,
    ),
    mention: new RegExp(`(?<![\\wñ])${DET}((?:${teamNoun}|${partyNoun})${OF})(?![\\wñ])`),
    team: handoffPhrases.length ? new RegExp(`(?<![\\wñ])${literals(handoffPhrases)}(?![\\wñ])`) : null,
    // "Eso no lo gestionamos nosotros": ownership said with a "no" before it is a can't, not the agent keeping the case.
    ownership: new RegExp(`(?<![\\wñ])(?<!(?:^| )no )(?:${ownership.join('|')})(?![\\wñ])`),
    outside: new RegExp(
      `(?<![\\wñ])(?:${outside.length ? `${literals(outside)}|` : ''}${alt(file.parties)})(?:e?s)?(?![\\wñ])`,
    ),
    cant: new RegExp(`(?<![\\wñ])${alt(file.cant)}(?![\\wñ])`, 'g'),
    idiom: new RegExp(`^${alt(file.cantIdioms)}(?![\\wñ])`),
    refusal: {
      softening: new RegExp(`(?<![\\wñ])${alt(file.refusalSoftenings)}(?![\\wñ])`),
      alternative: new RegExp(`(?<![\\wñ])${alt(file.refusalAlternatives)}(?![\\wñ])`),
      still: new RegExp(`(?<![\\wñ])${alt(file.refusalStill)}(?: [a-zñ]+){0,2}$`),
      neutral: new RegExp(`^(?:${alt(file.neutralVerbStems)}|${alt(file.neutralVerbs)}$)`),
    },
  };
  // The handoff frames are searched from each place a match may start (`firstAllowed`).
  for (const key of HANDOFF_FRAMES) frames[key] = new RegExp(frames[key].source, 'g');
  return frames;
}
