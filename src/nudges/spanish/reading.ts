// Reading one canonical Spanish sentence with the compiled frames (frames.ts): the first frame that
// matches where nothing before it negates, conditions or dates it names the handoff and its party;
// can't is the first can't form outside a condition or an idiom.
import type { Anchor, SpanishCantType, SpanishFrames, SpanishHandoff } from './frames';

/**
 * The word before a request that makes it a noun or someone else's act: "su consulta", "el cliente llama",
 * "este canal solo atiende consultas de…", "para consultas de…".
 */
const NOT_A_REQUEST = new RegExp(
  '(?:^|\\s)(?:su|tu|la|el|una|un|esta|mi|se|me|nos|cliente|clienta|usuario|usuaria|ella|quien|ya|yo|' +
    'sus|tus|las|nuestras|para|de|atiende|atienden|atendemos|recibe|recibimos|responde|respondemos|gestiona|gestionamos|' +
    // A noun after a preposition or an adjective: "por consulta de facturación", "su próxima visita a Viña".
    'por|sin|en|del|al|cada|otra|otro|otras|otros|nueva|nuevo|proxima|proximo|primera|primer|ultima|ultimo|siguiente|' +
    'esa|ese|dicha|dicho|cualquier|nuestra|nuestro|vuestra|' +
    // The customer as the subject of a third-person note: "Paciente solicita cambio de médico".
    'paciente|socio|socia|afiliado|afiliada|asegurado|asegurada|titular|abonado|abonada|huesped|alumno|alumna|' +
    'pasajero|pasajera|contribuyente|comprador|compradora|interesado|interesada)$',
);
/**
 * After "le / les", a verb of "-ar" in "-a" is someone else's act ("le habla Jimena", "le llama el técnico"):
 * a request to usted is "le llame", and to tú the pronoun follows ("llámale"). The few contact verbs of
 * "-er / -ir" whose usted request ends in "-a" ("que le escriba", "le pida") are still requests.
 */
const ER_IR_REQUEST = /(?:escrib|acud|dirij|recurr|vay|pid|remit|abr|interpong|pong|hag|sub|envi)a$/;
const othersAct = (head: string, verb: string) =>
  /(?:^| )(?:le|les)$/.test(head) && /a$/.test(verb) && !ER_IR_REQUEST.test(verb);
/** A case passed to me or to us ("el área de Reservas me pasó su caso") has come here, not gone away. */
const TO_US = /(?:^| )(?:me|nos)$/;
/** A customer moved to another day or time ("te paso al sábado") is rescheduled, not sent away. */
const ANOTHER_TIME = new RegExp(
  [
    String.raw`^(?:\S+ ){1,3}?(?:al|a la|para el|para la)(?: (?:proximo|proxima|siguiente|otro|otra))? (?:lunes|`,
    `martes|miercoles|jueves|viernes|sabado|domingo|dia|turno|horario|mes|semana|manana|tarde|noche)(?= |`,
    `$)`,
  ].join(''),
);
/** "Le escribo desde el número de la oficina": a number we write from is ours, not one to call. */
const FROM = /(?:^| )desde$/;
/** A clause that negates or conditions what follows ("no tiene que llamar", "si no puede…"). */
const NEGATED = /(?:^|\s)(?:no|ni|nunca|sin)(?: (?!,)\S+){0,2}$/;
/**
 * A condition just before the can't: "si no puede…", and with its subject between, "si tu pedido no califica
 * para…", "si el sistema no me deja" (a verb between, "si pagaste con tarjeta no podemos…", ends it).
 */
const CONDITION =
  /(?:^|\s)(?:si|aunque|cuando|en caso de que)(?: (?:el|la|los|las|tu|su|mi|tus|sus|este|esta|ese|esa|dicho|dicha)(?: [a-zñ]+)?| (?:usted|ustedes|vos|ella|ellos))?$/;

function before(text: string, index: number): string {
  const clause = text.slice(0, index).split(' , ').pop() ?? '';
  return clause.trimEnd();
}

function firstAllowed(
  re: RegExp,
  text: string,
  allow: (head: string, match: RegExpExecArray) => boolean,
  anchor?: Anchor,
) {
  if (anchor && !anchor(text)) return null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (allow(before(text, m.index), m)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * A "no" inside a condition before the request is the condition's own ("si el técnico no llega mañana
 * llama a la distribuidora", "en caso de no recibirlo comuníquese con…"): the request still stands.
 * A "no" right before the match ("si no tiene que llamar") still negates it.
 */
const CONDITION_NO =
  /(?:^|\s)(?:si|cuando|en caso de(?: que)?|a menos que|salvo que)(?: (?!,)\S+){0,4}? (?:no|ni|nunca|sin) (?!,)\S+(?: (?!,)\S+)?$/;
/** "¿Por qué no llamas al banco?": a suggestion, not a negation. */
const WHY_NOT = /(?:^|\s)(?:porque|por que) no$/;
/** "Se le remite al cliente el duplicado": what is passed goes to the customer, who is sent nowhere. */
const CUSTOMER_NEXT =
  /^ (?:cliente|clienta|usuario|usuaria|socio|socia|paciente|asegurado|asegurada|titular|afiliado|afiliada|abonado|abonada)(?: |$)/;

/** "Te paso al privado": the same conversation moved to a private message with us sends no one away. */
const PRIVATE = /^ ?(?:privado|interno|inbox|dm|md)(?= |$)/;
/** "Te paso con gusto el comprobante": "con gusto" is how it is given, not someone it is given to. */
const GLADLY = /^ ?(?:gusto|mucho gusto|todo gusto|placer)(?= |$)/;

/**
 * "Gracias por llamar, le atiende Sandra": the agent saying who is speaking, in the present, with a name
 * only; "ahora le atiende Sandra" passes the call on.
 */
const SELF_INTRODUCED = /^(?:le|te|les) (?:atiende|habla|saluda) xnombrex$/;
const NOW = /(?:^| )(?:ahora|enseguida|en breve|a continuacion|en un momento)$/;

/** What the party passed to has already done: "…, que ya tramitó la cancelación". */
const DONE = /^(?: (?!,)\S+){0,3} , que ya [a-zñ]+(?:o|io|aron|ieron)(?= |$)/;
/** "…derivada al equipo de Bajas, que ya tramitó la cancelación": passed on, and already done there. */
const done = (text: string, m: RegExpExecArray) => DONE.test(text.slice(m.index + m[0].length));
/** "Había sido derivado a Nivel 2": the case's history, not a step now. */
const HISTORY = /(?:^|\s)(?:habia|habian|habiamos)(?: sido)?$/;
/** "La recarga que no le cayó debe reclamarla…": the "no" of a relative clause, with its own verb, is that clause's. */
const RELATIVE_NO = /(?:^|\s)que no(?: (?!,)\S+)?(?: (?!,)(?!(?:le|lo|la|les|los|las|te|se|me|nos)$)\S+)$/;
/** "Para aclarar el cargo no reconocido, le pido marcar…": "no" before a participle is the noun's adjective. */
const ADJECTIVE_NO = /(?:^|\s)no [a-zñ]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas)$/;
const free = (head: string) =>
  (!NEGATED.test(head) ||
    CONDITION_NO.test(head) ||
    WHY_NOT.test(head) ||
    RELATIVE_NO.test(head) ||
    ADJECTIVE_NO.test(head)) &&
  !HISTORY.test(head);
/** A request that goes through us on the way ("contacta con nosotros por WhatsApp") sends no one away. */
const THROUGH_US = /(?:^| )(?:nosotros|nos|aqui|aca|privado)(?= |$)/;
const away = (head: string, m: RegExpExecArray) => free(head) && !THROUGH_US.test(m[0]);

/** "Pasá por nuestra tienda cuando quieras": one of our own places, offered, sends no one away. */
const OFFERED =
  /(?:^| )cuando (?:quiera|quieras|quieran|guste|gustes|gusten|lo desee|lo desees|prefiera|prefieras|le venga bien|te venga bien)(?= |$)/;

/** The handoff in one canonical Spanish sentence, if any. */
export function spanishHandoff(frames: SpanishFrames, text: string): SpanishHandoff | null {
  const found = handoffIn(frames, text);
  if (found?.target?.startsWith('nuestr') && OFFERED.test(text)) return null;
  return found;
}

function handoffIn(frames: SpanishFrames, text: string): SpanishHandoff | null {
  if (frames.ownership.test(text)) return null;
  const target = (m: RegExpExecArray | null) => m?.slice(1).find((g) => g !== undefined);
  const a = frames.anchors;
  const transfer = firstAllowed(
    frames.transfer,
    text,
    (head, m) =>
      free(head) &&
      !TO_US.test(head) &&
      !CUSTOMER_NEXT.test(text.slice(m.index + m[0].length)) &&
      !PRIVATE.test(text.slice(m.index + m[0].length)) &&
      !GLADLY.test(text.slice(m.index + m[0].length)) &&
      !ANOTHER_TIME.test(text.slice(m.index)),
    a.transfer,
  );
  if (transfer && !done(text, transfer)) return { type: 'transfer', target: target(transfer) };
  const contact = firstAllowed(frames.contact, text, away, a.contact);
  if (contact) return { type: 'contact', target: target(contact) };
  const withParty = firstAllowed(frames.withParty, text, away, a.party);
  // "Tenés que iniciarla vos directamente con ellos": the party named before, whose target is not here.
  if (withParty)
    return { type: 'contact', target: target(withParty)?.replace(/^ell[oa]s$/, '') || undefined };
  const request = firstAllowed(
    frames.request,
    text,
    // "te pide validar…", "te llama…": after "te", a verb in -a / -e is someone else's, not a request;
    // a pronoun before a verb in -i is the agent's past ("ya le escribí a la agencia"), not vos ("escribí").
    (head, m) =>
      away(head, m) &&
      !NOT_A_REQUEST.test(head) &&
      !(/(?:^| )te$/.test(head) && /[ae]$/.test(m[1] ?? '')) &&
      !othersAct(head, m[1] ?? '') &&
      !(/(?:^| )(?:le|les|lo|la|los|las|me|te|se|nos)$/.test(head) && /i$/.test(m[1] ?? '')),
    a.request,
  );
  if (request) return { type: 'contact', target: request[2] };
  const takeover = firstAllowed(frames.takeover, text, free, a.takeover);
  if (takeover) return { type: 'takeover', target: takeover[1] };
  const takeoverAfter = firstAllowed(
    frames.takeoverAfter,
    text,
    (head, m) => free(head) && !(SELF_INTRODUCED.test(m[0]) && !NOW.test(head)),
    a.takeover,
  );
  if (takeoverAfter) return { type: 'takeover', target: takeoverAfter[1] };
  const acts = firstAllowed(frames.partyActs, text, free, a.party);
  if (acts) return { type: 'contact', target: /^ell[oa]s$/.test(acts[1] ?? '') ? undefined : acts[1] };
  const details = firstAllowed(frames.details, text, (head) => free(head) && !FROM.test(head), a.party);
  if (details) return { type: 'contact', target: target(details) };
  // "Ese cobro es de tu banco, consúltalo con ellos": the party named earlier, when the sentence names it.
  const anaphor = firstAllowed(frames.anaphor, text, free, (t) => / ell[oa]s(?: |$)/.test(t));
  if (anaphor) return { type: 'contact', target: frames.mention.exec(text.slice(0, anaphor.index))?.[1] };
  // "La devolución la gestiona el directamente": "él" without its accent names no party word for the anchor.
  const partyOrHim =
    a.party && ((t: string) => a.party!(t) || / el (?:directamente|mismo|personalmente)(?: |$)/.test(t));
  const there = firstAllowed(frames.there, text, free, (t) => / (?:alli|alla)(?: |$)/.test(t));
  if (there) return { type: 'contact', target: there[1] };
  const assignedTo = firstAllowed(frames.assignedTo, text, free, partyOrHim);
  if (assignedTo && !done(text, assignedTo)) return { type: 'assignment', target: assignedTo[1] };
  const assignment = firstAllowed(frames.assignment, text, free, a.assignment);
  if (assignment && !done(text, assignment)) return { type: 'assignment', target: target(assignment) };
  if (frames.team?.test(text)) return { type: 'team' };
  return null;
}

/**
 * "La app no deja cambiar la dirección, pero yo sí puedo hacerlo desde acá": what the tool or another
 * cannot do, followed by the agent doing that same thing after all ("hacerlo", "lo puedo"), is no can't;
 * "pero sí te puedo regalar el envío" or "lo que sí puedo…" offers something else, and the can't stands.
 */
const BUT_I_CAN = new RegExp(
  [
    `(?:^| )(?:pero|aunque|sin embargo)(?: (?:yo|nosotros|aca|aqui|desde aca|desde aqui))? si(?: (?:te|`,
    `le|les|se))?(?: (?:lo|la|los|las) (?:puedo|podemos)(?= |$)| (?:puedo|podemos) [a-zñ]+(?:lo|la|los|`,
    `las)(?= |$))`,
  ].join(''),
);

/**
 * "La cláusula de permanencia… no aplica en tu caso": a charge, a penalty or a restriction that does not
 * apply to the customer is good news, not a refusal; a benefit that does not apply ("el descuento no
 * aplica para…") still is. The nearest of the two named before "no aplica" decides.
 */
const BURDEN = new RegExp(
  [
    `(?:^| )(?:cargo|cargos|comision|comisiones|recargo|recargos|penalidad|penalidades|penalizacion|`,
    `multa|multas|clausula|permanencia|restriccion|restricciones|cobro|cobros|interes|intereses|`,
    `deducible|franquicia|retencion|arancel|mora|cargo extra)(?= |$)`,
  ].join(''),
  'g',
);
const BENEFIT =
  /(?:^| )(?:devolucion|reembolso|cambio|descuento|promocion|oferta|garantia|cobertura|bonificacion|beneficio|cupon|compensacion|reintegro)(?= |$)/g;
const lastAt = (re: RegExp, text: string) => Math.max(-1, ...[...text.matchAll(re)].map((m) => m.index ?? 0));
function burdenLifted(text: string, at: number, found: string): boolean {
  // "No se realizarán más cargos a su tarjeta": a charge that will not be made is good news too ("no se le
  // realizará con cargo a su póliza", billed to the policy, is still a refusal).
  if (/^no se /.test(found)) {
    const after = text
      .slice(at + found.length)
      .split(' ')
      .slice(0, 4)
      .join(' ');
    return new RegExp(BURDEN.source).test(` ${after.replace(/(?:^| )con cargo a(?= |$)/, '')}`);
  }
  if (!/^no (?:aplica|aplican)(?= |$)/.test(found)) return false;
  const before = text.slice(0, at);
  return lastAt(BURDEN, before) > lastAt(BENEFIT, before);
}

const SCOPE = /canal|medio|chat|redes|aqui|aca|nosotros|alcance|corresponde|compete|competencia|mano/;
const POLICY = /politica|autorizad|permiso|potestad|permit/;

/**
 * A refusal said as a bare "no": "Eso no, lo siento.", "Lo siento, pero no.", "Esto no." ("Eso no, lo otro
 * sí…" offers the other thing; "No, no tiene que pagar nada" answers a question with good news).
 */
const BARE_NO = new RegExp(
  '(?:^|, )(?:eso|esto) no(?= , (?!(?:lo otro|eso otro|esto otro|pero) si(?: |$))|$)|(?:^|, )pero no$|' +
    '^negativo(?: ,|$)|^(?:lamentablemente|desafortunadamente|por desgracia|lastimosamente|tristemente|me temo que|lo siento|lo lamento' +
    '|lo sentimos|lo lamentamos)(?: ,)? no$',
);

/**
 * "Recuerde que no se permite fumar en el vehículo", "no olvides que el boleto no se puede transferir": a
 * rule the customer is reminded of is theirs to keep, not something we refuse.
 */
const REMINDED =
  /(?:^| )(?:recuerde|recuerda|recorda|recuerden|no olvide|no olvides|no olviden)(?: [a-zñ]+){0,4} que(?: [a-zñ]+){0,3}$/;

/**
 * Negations other than "no" before a verb: "de ninguna manera podemos…", "bajo ninguna circunstancia
 * compartimos…", "en ningún caso se hacen reembolsos", "nunca hacemos…", "jamás se permite…" are read as
 * "no" is.
 */
const NEGATOR = new RegExp(
  [
    String.raw`(?<=^|, |\. )(?:de ninguna (?:manera|forma)|de ningun modo|bajo ninguna circunstancia|`,
    `en ninguna circunstancia|en ningun caso|nunca|jamas)(?= (?:le |te |les |se |lo |la |los |las |nos |`,
    `me )*(?:pod|hac|ofrec|acept|permit|perm|admit|realiz|reembols|devolv|compart|d[ao]mos|gestion|`,
    `tramit|emit|vend))`,
  ].join(''),
  'g',
);

/** The can't in one canonical Spanish sentence, if any. */
export function spanishCant(frames: SpanishFrames, text: string): { type: SpanishCantType } | null {
  if (BARE_NO.test(text)) return { type: 'plain' };
  const negated = text.replace(NEGATOR, 'no');
  if (negated !== text) return cantIn(frames, negated);
  return cantIn(frames, text);
}

function cantIn(frames: SpanishFrames, text: string): { type: SpanishCantType } | null {
  if (frames.anchors.cant && !frames.anchors.cant(text)) return null;
  frames.cant.lastIndex = 0;
  for (let m = frames.cant.exec(text); m; m = frames.cant.exec(text)) {
    const head = before(text, m.index);
    const idiom = frames.idiom.test(text.slice(m.index));
    frames.cant.lastIndex = m.index + Math.max(1, m[0].length);
    if (idiom || CONDITION.test(head) || BUT_I_CAN.test(text.slice(m.index + m[0].length))) continue;
    const found = m[0];
    if (burdenLifted(text, m.index, found)) continue;
    if (/^no se /.test(found) && REMINDED.test(head)) continue;
    if (POLICY.test(found)) return { type: 'policy' };
    if (SCOPE.test(found)) return { type: 'scope' };
    if (/posible|imposible|manera|forma|modo/.test(found)) return { type: 'impossible' };
    return { type: 'plain' };
  }
  return null;
}

/** Pronouns and adverbs between a "no" and its verb: "no se lo", "no te la", "ya no lo". */
const BETWEEN = /^(?:me|te|se|le|les|lo|la|los|las|nos|os|selo|sela|ya|mas|siempre|aun|todavia)$/;
/** A "no" that is not the main clause's: "que no", "para que no", "por no haberle…", "el error fue no avisarle". */
const SUBORDINATE = /(?:^| )(?:que|para que|por|de|fue|cual|sin|porque)$/;
/** The customer's own thing as the subject: "su celular no prende" is a fact about it, not our refusal. */
const THEIR_THING = /(?:^| )(?:su|tu|sus|tus) [a-zñ]+(?: [a-zñ]+)?$/;
/** What the customer or someone else said, reported: "entiendo que…", "te dicen que…". */
const THEIR_ACCOUNT =
  /(?:^| )(?:entiendo|entendemos|dice|dicen|dijo|dijeron|comenta|comento|comentas|comentaste|mencionas|menciona|indicas|cuentas|me cuenta|senala|senalas|explica|explicas|refiere) que(?= )/;
/** A verb in the present, the future or "nosotros": "no admite", "no se reactivan", "no lo metemos", "no entrará". */
const PRESENT = /(?:a|an|e|en|amos|emos|imos|ara|aran|era|eran|ira|iran)$/;
/** Forms that end like the present and are not it: infinitives with their pronouns, gerunds, the imperfect, participles. */
const NOT_PRESENT = /(?:[aei]r(?:le|les|lo|la|los|las|te|me|nos|se)?|ndo|aba|aban|ia|ian|ado|ada|ido|ida)$/;
/** Pasts that end like the present: "no pude", "no quise", "no hubo", "no era". */
const IRREGULAR_PAST = /^(?:pud|quis|tuv|hic|dij|fu|hub|er[ao])/;
/** Words after a "no" that are no verb: "no desde nuestra web", "no de nosotros". */
const NO_VERB = new RegExp(
  [
    `^(?:desde|este|ese|esta|esa|nuestra|nuestro|una|uno|para|nada|nadie|ninguna|ninguno|mucha|toda|todo|`,
    `siempre|entre|contra|sobre|ante|tanta|misma|mismo|bien|mal|menos|mas|tanto|aca|aqui|alla|ahi|de|a|`,
    `en|con|por|sin|la|el)$`,
  ].join(''),
);
/** An infinitive with its pronouns, after "va a": "no le va a llegar", "no te lo vamos a activar". */
const INFINITIVE = /^[a-zñ]+(?:ar|er|ir)(?:le|les|lo|la|los|las|te|me|nos|se|selo|sela|telo|tela)?$/;
/** A condition the "no" belongs to: "si el técnico no llega…", "cuando no lo usas". */
const IN_CONDITION = /(?:^| )(?:si|cuando|aunque|mientras|en caso de|hasta que|a menos que)(?= )/;
const ARTICLE = /^(?:el|la|los|las|este|esta|estos|estas|ese|esa|esos|esas)$/;
const GREETING = /^(?:hola|buenas|buenos|dias|tardes|noches|,)$/;

/**
 * A refusal stated as a fact about the thing asked for, read with what surrounds it (one family, not a phrase per
 * wording): a negated verb in the present or future ("no se precancela", "ya no la sirve", "no lo metemos en el
 * reparto", "no acepta mascotas") that answers the customer's ask, which the draft shows by an apology
 * ("lo siento", "qué pena"), by what is still possible or the one thing that is, in that sentence or next to it
 * ("lo que sí…", "si quieres te…", "solo en tienda física", a condition that offers the rest in the next sentence),
 * or by the thing having stopped or not started for the customer ("ya no", "por ahora no"). An impersonal "no se"
 * after a subject of its own ("los chips prepago no se reactivan…") is one without them. Not a negated verb that
 * states no refusal (`neutralVerbs`: "no se preocupe", "no le cobramos", "no llega"), a charge not made, the past
 * ("no se le descontó"), a "no" inside a "que"-clause or after "para / por", the customer's own thing as the
 * subject ("su celular no prende"), or the customer's account reported back ("entiendo que no lo recibieron").
 * Gives the index of the sentence, or -1.
 */
export function refusalStated(
  frames: SpanishFrames,
  texts: readonly { read: string; text: string }[],
): number {
  const { softening, alternative, still, neutral } = frames.refusal;
  const sorry = texts.some((t) => softening.test(t.text));
  for (let i = 0; i < texts.length; i++) {
    const { read, text } = texts[i]!;
    if (/^\s*¿[^?]*\?\s*$/.test(read)) continue;
    const words = text.split(' ');
    const near = [texts[i - 1]?.text, text, texts[i + 1]?.text].filter((t) => t !== undefined).join(' | ');
    const offered = alternative.test(near) || / si(?= |,|$)/.test(texts[i + 1]?.text ?? '');
    for (let k = 0; k < words.length; k++) {
      if (words[k] !== 'no') continue;
      const head = words.slice(0, k).join(' ');
      const before = words.slice(Math.max(0, k - 3), k).join(' ');
      if (THEIR_ACCOUNT.test(head) || SUBORDINATE.test(before) || THEIR_THING.test(before)) continue;
      const lead = words.slice(Math.max(0, k - 6), k).join(' ');
      if (IN_CONDITION.test(lead) && !lead.includes(',')) continue;
      let j = k + 1;
      while (j < words.length && BETWEEN.test(words[j]!)) j++;
      const context = sorry || offered || still.test(before);
      let verb = words[j];
      if (!verb || neutral.test(verb)) continue;
      if (/^(?:va|van|vamos|voy|iba|iban)$/.test(verb) && words[j + 1] === 'a') {
        verb = words[j + 2];
        if (verb && !neutral.test(verb) && INFINITIVE.test(verb) && context) return i;
        continue;
      }
      if (NO_VERB.test(verb) || !PRESENT.test(verb) || NOT_PRESENT.test(verb) || IRREGULAR_PAST.test(verb))
        continue;
      if (new RegExp(BURDEN.source).test(` ${words.slice(j, j + 5).join(' ')}`)) continue;
      // The past as written: "no se le descontó".
      if (read.toLowerCase().includes(`${verb.slice(0, -1)}ó`)) continue;
      // The clause's subject: its first word after any greeting ("Estimada clienta, las tarjetas… no se…").
      const clause = (head.split(' , ').pop() ?? '').split(' ');
      const subject = clause.find((w) => !GREETING.test(w)) ?? '';
      const impersonal = words[k + 1] === 'se' && j === k + 2 && ARTICLE.test(subject);
      if (context || impersonal) return i;
    }
  }
  return -1;
}
