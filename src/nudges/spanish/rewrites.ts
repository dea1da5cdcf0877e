// Spanish own-it and can-do sentences the panel can insert in place of a handoff or a can't, in the
// draft's own form of address (usted, or tú / vos). "[hora]" and "[…]" mark what only the agent can
// fill in; nothing here promises more than the agent controls.
import type { SpanishCantType, SpanishHandoff } from './frames';
import { asWrittenIn } from './text';

export type Address = 'usted' | 'tu';

const TU = new RegExp(
  String.raw`(?:^|\s)(?:tu|tus|te|ti|contigo|vos|tienes|tenes|puedes|podes|quieres|` +
    String.raw`queres|necesitas|debes|llama|llames|escribe|escribi|consulta|comunicate|` +
    String.raw`ponte|ponete|dirigete|dirigite|hablale|escribile|escribele|escribeles|` +
    String.raw`llamalos|llamales|mandale|mandales|acercate|anda|andate|deciles|decile|` +
    String.raw`avisame|mandame)(?=\s|$)`,
  'g',
);
const USTED =
  /(?:^|\s)(?:usted|ustedes|le|les|su|sus|tiene|puede|quiere|necesita|debe|llame|escriba|consulte|comuniquese|pongase|dirijase)(?=\s|$)/g;

/** Whether the draft (canonical text) speaks to the customer as usted or as tú / vos. */
export function addressOf(text: string): Address {
  const tu = text.match(TU)?.length ?? 0;
  const usted = text.match(USTED)?.length ?? 0;
  return tu > usted ? 'tu' : 'usted';
}

const forms = {
  // "Le escribo", but "se lo dejo listo": le before lo / la becomes se.
  usted: { you: 'usted', to: 'le', toIt: 'se lo', ask: 'pedir', yours: 'su' },
  tu: { you: 'ti', to: 'te', toIt: 'te lo', ask: 'pedir', yours: 'tu' },
} as const;

/** "Nuestro equipo" at the start of the agent's sentence reads "nuestro equipo" inside another. */
export function articleCase(written: string): string {
  return /^(?:El|La|Los|Las|Su|Sus|Tu|Tus|Un|Una|Nuestro|Nuestra|Nuestros|Nuestras|Mi|Mis|Otro|Otra)\s/.test(
    written,
  )
    ? written[0]!.toLowerCase() + written.slice(1)
    : written;
}

/** The party as the agent wrote it, with an article where the frame dropped it into "al" / "del". */
function named(target: string | undefined, sentence: string): string | undefined {
  if (!target || /^ell[oa]s$/.test(target)) return undefined;
  const written = articleCase(asWrittenIn(sentence, target));
  return /^(?:el|la|los|las|su|sus|tu|tus|un|una|nuestro|nuestra|otro|otra|mi|mis|este|esta)\s/i.test(
    written,
  ) || /[@\d{[]/.test(written)
    ? written
    : `el ${written}`;
}

export function spanishHandoffRewrite(found: SpanishHandoff, sentence: string, address: Address): string {
  const f = forms[address];
  const target = named(found.target, sentence);
  switch (found.type) {
    case 'transfer':
    case 'takeover':
      return `Sigo yo con ${f.yours} caso: lo consulto con ${target ?? 'el compañero indicado'} y ${f.to} escribo antes de [hora].`;
    case 'contact':
      if (!target || /[@\d]/.test(target)) {
        return `Me pongo yo en contacto con quien corresponde y ${f.to} escribo antes de [hora] con su respuesta.`;
      }
      if (/^(?:su|sus|tu|tus)\s/i.test(target)) {
        return `${address === 'usted' ? 'Le indico' : 'Te indico'} exactamente qué ${f.ask} a ${target} y ${f.to} escribo yo antes de [hora] para confirmar que quedó resuelto.`;
      }
      return `Me encargo yo: contacto con ${target} por ${f.you} y ${f.to} escribo antes de [hora] con lo que me digan.`;
    default:
      return `Me aseguro de que se resuelva: lo consulto ahora con quien corresponde y ${f.to} escribo yo antes de [hora].`;
  }
}

const TOPICS: Record<string, string> = {
  reembolso: 'el reembolso',
  devolucion: 'la devolución',
  cambio: 'el cambio',
  pedido: 'el pedido',
  envio: 'el envío',
  entrega: 'la entrega',
  factura: 'la factura',
  reserva: 'la reserva',
  suscripcion: 'la suscripción',
  garantia: 'la garantía',
  descuento: 'el descuento',
  cargo: 'el cargo',
  pago: 'el pago',
  baja: 'la baja',
  plan: 'el plan',
  tarifa: 'la tarifa',
  cupon: 'el cupón',
};

export function spanishCantRewrite(type: SpanishCantType, text: string, address: Address): string {
  const f = forms[address];
  const topic = text.split(' ').find((word) => TOPICS[word] !== undefined);
  const about = topic ? ` con ${TOPICS[topic]}` : '';
  const offer = address === 'usted' ? 'la opción que puede ofrecer' : 'la opción que puedes ofrecer';
  switch (type) {
    case 'policy':
      return `Dentro de nuestra política, esto es lo que puedo hacer${about}: [${offer}], y me encargo hoy mismo.`;
    case 'scope':
      return `${address === 'usted' ? 'Le ayudo' : 'Te ayudo'} desde aquí${about}: [lo que puede hacer por este canal], y si hace falta otra vía, la gestiono yo.`;
    case 'impossible':
      return `Lo más cercano que puedo hacer${about} es [la alternativa que puede ofrecer], y ${f.toIt} dejo listo hoy.`;
    default:
      return `Lo que sí puedo hacer${about} es [${offer}], y ${f.toIt} confirmo antes de [hora].`;
  }
}
