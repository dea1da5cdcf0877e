// Spanish drafts: the language is read from each draft (never from the browser), Spanish handoffs and
// can'ts are found by the Spanish frames with rewrites in Spanish, in the draft's form of address, and
// the learned second opinion (trained on English) stays silent on them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS, scoreCases, starterRules } from '../../../src/cli/eval-nudges';
import { SPANISH_MEASURING, SPANISH_UNBOUND, spanishSets } from '../../../src/cli/eval-nudges-languages';
import { draftLanguage } from '../../../src/nudges/detect-language';
import { analyse } from '../../../src/nudges/index';
import { opinionSentences } from '../../../src/nudges/opinion/opinion';
import { SPANISH_FILE as SPANISH } from '../../../src/nudges/spanish/es-data';
import { SPANISH_PHRASE, spanishPattern } from '../../../src/nudges/spanish/phrases';

const FIXTURES = new URL('../../fixtures/nudges/', import.meta.url);
const kinds = (draft: string) => analyse({ draft }, []).map((n) => n.kind);

describe('the language of a draft', () => {
  it('reads short Spanish chat lines without accents as Spanish', () => {
    for (const draft of [
      'tendra que llamar a su banco',
      'tienes que llamar a tu banco',
      'hable con su gestor en la sucursal',
      'no puedo hacer nada desde aqui',
      'eso lo tenes que ver con el banco',
      'vas a tener q llamar al banco xq no vemos ese movimiento',
      'No pasa nada, lo arreglamos enseguida.',
    ])
      expect(draftLanguage(draft), draft).toBe('es');
  });

  it('never reads an English draft or customer message of the labelled sets as Spanish', () => {
    let read = 0;
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && !f.includes('-es-'))) {
      for (const c of JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as {
        draft?: string;
        text?: string;
      }[])
        for (const text of [c.draft, c.text]) {
          if (!text) continue;
          read++;
          expect(draftLanguage(text), `${file}: ${text}`).toBe('en');
        }
    }
    expect(read).toBeGreaterThan(3000);
  });

  it('keeps English with Spanish names in it English', () => {
    for (const draft of [
      'Hi José, please contact the Los Angeles office about your order.',
      'Your parcel left our San Diego depot today; I’ll call you at 3pm.',
      'Gracias for waiting, Maria! You will need to call your bank about that charge.',
    ])
      expect(draftLanguage(draft), draft).toBe('en');
  });
});

describe('Spanish handoffs and can’ts', () => {
  it('nudges "tendrá que llamar a su banco" with a Spanish rewrite, with or without accents', () => {
    for (const draft of ['Tendrá que llamar a su banco.', 'tendra que llamar a su banco']) {
      const [nudge] = analyse({ draft }, []);
      expect(nudge?.kind).toBe('handoff');
      expect(nudge?.rewrite).toMatch(/su banco/);
      expect(nudge?.rewrite).toMatch(/le escribo/);
      expect(nudge?.rewrite).not.toMatch(/\b(?:I'll|you)\b/);
    }
  });

  it('answers tú and vos in their own form of address', () => {
    const [tu] = analyse({ draft: 'Tenés que comunicarte con el vendedor.' }, []);
    expect(tu?.rewrite).toMatch(/te escribo/);
    const [usted] = analyse({ draft: 'Debe comunicarse con el vendedor.' }, []);
    expect(usted?.rewrite).toMatch(/le escribo/);
  });

  it('finds handoffs in Spain and Latin American wording, in chat and email voices', () => {
    for (const draft of [
      'Le paso con el área de cobranzas.',
      'Un compañero del departamento de devoluciones se encargará de su caso.',
      'Por favor llamá al servicio técnico, ellos te van a coordinar la visita.',
      'Le sugiero que se comunique con Atención al Cliente de la aerolínea.',
      'Su solicitud ha sido derivada al equipo de bajas, que se pondrá en contacto con usted.',
      'Te conviene hablar directamente con Movistar.',
      'eso lo tenes que ver con el banco emisor de la tarjeta',
    ])
      expect(kinds(draft), draft).toContain('handoff');
  });

  it('finds can’ts, scope included', () => {
    for (const draft of [
      'No podemos modificar el pedido una vez enviado.',
      'Lamentablemente no es posible cancelar la reserva.',
      'Eso no está en nuestra mano.',
      'Los cobros de la tarjeta no los gestionamos nosotros.',
      'Por este canal solo atendemos consultas de pedidos.',
    ])
      expect(kinds(draft), draft).toContain('cant');
  });

  it('leaves the non-handoffs alone: our own channels, the agent’s legwork, escalation kept, money, idioms', () => {
    for (const draft of [
      'Escríbenos por privado con tu número de pedido y lo revisamos.',
      'Voy a consultarlo con mis compañeros de logística y le escribo yo mañana.',
      'Escalé tu caso a mi supervisora, pero yo sigo siendo tu contacto y te aviso en cuanto tenga respuesta.',
      'Ya le transferimos el reembolso ayer, debería verlo en 3 días.',
      'Ya hablé con el transportista y mañana le entregan el paquete.',
      'No hace falta que llame al banco, ya lo he solucionado yo.',
      'Te paso el enlace para descargar la factura.',
      'Debe acudir a la cita con el DNI original.',
    ])
      expect(kinds(draft), draft).not.toContain('handoff');
    for (const draft of [
      'Si no puedes entrar en tu cuenta, prueba a restablecer la contraseña.',
      'No puedo creer que haya tardado tanto, lo siento muchísimo.',
      'No hay problema, se lo cambio ahora mismo.',
    ])
      expect(kinds(draft), draft).not.toContain('cant');
  });

  // The sets the frames were written and tuned on; the never-tuned blind set measures them on new text
  // (its score is in the fixtures README).
  it('reaches 0.9 precision and recall for handoff and can’t on every Spanish set written for the frames', () => {
    const sets = spanishSets().filter(([name]) => !SPANISH_MEASURING.has(name) && !SPANISH_UNBOUND.has(name));
    expect(sets.length).toBeGreaterThanOrEqual(4);
    for (const [name, cases] of sets) {
      const score = scoreCases(cases, starterRules());
      for (const kind of ['handoff', 'cant'] as const) {
        expect(score.kinds[kind].precision, `${name} ${kind} precision`).toBeGreaterThanOrEqual(0.9);
        expect(score.kinds[kind].recall, `${name} ${kind} recall`).toBeGreaterThanOrEqual(0.9);
      }
      for (const c of cases) for (const kind of c.expect) expect(KINDS).toContain(kind);
    }
  }, 120_000);

  it('gives the learned second opinion nothing to read in a Spanish draft', () => {
    for (const [, cases] of spanishSets())
      for (const c of cases) if (c.draft) expect(opinionSentences(c.draft), c.draft).toEqual([]);
  });
});

describe('the Spanish phrase file', () => {
  const lists = Object.entries(SPANISH).filter(([key]) => key !== 'language') as [string, string[]][];

  it('has every list non-empty, of well-formed phrases without repeats, each compiling', () => {
    expect(SPANISH.language).toBe('es');
    for (const [name, phrases] of lists) {
      expect(phrases.length, name).toBeGreaterThan(0);
      expect(new Set(phrases).size, `${name} repeats a phrase`).toBe(phrases.length);
      for (const phrase of phrases) {
        expect(phrase, `${name}: "${phrase}"`).toMatch(SPANISH_PHRASE);
        expect(() => new RegExp(spanishPattern(phrase)), `${name}: "${phrase}"`).not.toThrow();
      }
    }
  });

  it('reads its syntax: optional endings, choices, accents dropped', () => {
    const whole = (phrase: string) => new RegExp(`^${spanishPattern(phrase)}$`);
    expect('llamarle').toMatch(whole('llamar(le|les)'));
    expect('llamar').toMatch(whole('llamar(le|les)'));
    expect('derivada').toMatch(whole('derivad[o|a]'));
    expect('derivad').not.toMatch(whole('derivad[o|a]'));
    expect('le paso con').toMatch(whole('(le|te) paso con'));
    expect('paso con').not.toMatch(whole('(le|te) paso con'));
    expect('atencion').toMatch(whole('atención'));
  });

  it('takes the space around an optional group with it', () => {
    const whole = (phrase: string) => new RegExp(`^${spanishPattern(phrase)}$`);
    // Between words: "se deriva (el caso)? a" reads "se deriva a" and "se deriva el caso a".
    expect('se deriva a').toMatch(whole('se deriva (el caso|la consulta)? a'));
    expect('se deriva el caso a').toMatch(whole('se deriva (el caso|la consulta)? a'));
    expect('se deriva  a').not.toMatch(whole('se deriva (el caso|la consulta)? a'));
    // At the start: "(la|el)? llamada".
    expect('llamada').toMatch(whole('(la|el)? llamada'));
    expect('la llamada').toMatch(whole('(la|el)? llamada'));
    // Glued to the next word, as written: "(solo )?autoriza".
    expect('lo autoriza').toMatch(whole('lo (solo |solamente )?autoriza'));
    expect('lo solo autoriza').toMatch(whole('lo (solo |solamente )?autoriza'));
  });
});

describe('Spanish frames written apart from the labelled sets (second pass)', () => {
  it.each([
    // A "no" inside a condition is the condition's own; the request after it stands.
    'si el pedido no llega el viernes escribile a la transportista',
    'En caso de no recibir el reembolso, comuníquese con su banco emisor.',
    // The party after the verb: "le va a llamar el técnico de la compañía".
    'Mañana te va a escribir directamente el instalador para coordinar.',
    'Lo contactará un asesor del área de Cobranzas.',
    // The customer's verb after "que", in the second or third person.
    'Lo mejor es que usted presente el reclamo ante la aseguradora.',
    // "Los de soporte", "el de mantenimiento": the people of a team or place.
    'Escribile a los de mantenimiento del edificio.',
    // Third-person notes and toll-free numbers.
    'Se recomendó al cliente acudir a su operador de telefonía.',
    'Se le brindó el número del servicio técnico oficial.',
    'Marque al 01 800 555 2020 para la garantía.',
  ])('a handoff: %s', (draft) => {
    expect(kinds(draft)).toContain('handoff');
  });

  it.each([
    // A "no" right before the request still negates it; the agent's own plan is no handoff.
    'si no tiene que llamar al banco, mejor, se lo resolvemos por aquí',
    'Lo mejor es que lo arreglemos nosotros con el banco, yo le aviso.',
    'El envío es con Estafeta, te paso la guía en un rato.',
    'Te va a llegar un correo de confirmación de Mercado Pago.',
    'Se le indicó que su pedido llega mañana.',
  ])('no handoff: %s', (draft) => {
    expect(kinds(draft)).not.toContain('handoff');
  });
});

describe('Spanish frames of the fourth pass', () => {
  it.each([
    // Third-person derivation notes, with the team named.
    'Se deriva a Cobranzas para revisión del saldo pendiente.',
    'Nota: el cliente fue derivado a Nivel 2, queda a la espera.',
    'Se transfiere llamada a Retenciones por solicitud de baja.',
    'Gestión: se indica al cliente llamar a mesa de ayuda interna.',
    'Le paso el caso a mi compañera de bajas, ella le llama esta tarde.',
    // Vos, chat spellings, a party reached directly.
    'xq no llamas al banco q ellos te lo anulan',
    'Para temas de garantía, contactate con el vendedor desde la sección Mis compras.',
    'el cargo duplicado lo tiene q revisar tu banco, hablalo con ellos',
    // Passives and notes that name who does the step; vosotros; advice in the conditional.
    'La solicitud de portabilidad debe ser gestionada por su nuevo operador.',
    'Se direcciona al cliente a la línea de emergencias de la distribuidora.',
    'Buenos días, os paso con mis compañeros de reservas, que os ayudarán con el cambio.',
    'Yo que vos hablaría directamente con la inmobiliaria.',
    'Para la baja de la línea te tenés que comunicar al 611 desde tu celular.',
  ])('a handoff: %s', (draft) => {
    expect(kinds(draft)).toContain('handoff');
  });

  it.each([
    'Modificar una reserva ya emitida escapa de nuestro alcance.',
    'Este servicio de chat únicamente atiende consultas de particulares.',
    'Eso no lo decidimos nosotros, lo siento.',
    'Lamentablemente la tarifa ya aplicada no puede modificarse.',
    'Estimado, le informo que la garantía no cubre daños por humedad.',
    'Desde este número solo se atienden consultas comerciales.',
    'Perdone, pero no somos nosotros quienes fijamos los precios del combustible.',
    'Ya no se pueden hacer cambios porque el pedido salió del almacén.',
  ])('a can’t: %s', (draft) => {
    expect(kinds(draft)).toContain('cant');
  });

  it.each([
    // Our own store offered, our own self-service place, the agent's own later step.
    'Puede pasar por nuestra tienda de Gran Vía cuando quiera a recoger el pedido, ya está listo.',
    'Le recuerdo que puede consultar sus facturas cuando quiera en el Área de Clientes.',
    'Gracias por su sugerencia. La he trasladado al equipo de planificación y le escribiré yo cuando tengamos una respuesta.',
    'Perdona, no pude responderte antes; ya te aplico el descuento.',
    // Escalations the agent keeps, a case's history, the agent's own past step, idioms.
    'Caso escalado a Nivel 2 para revisión técnica. El agente mantiene el seguimiento y llamará al cliente el viernes.',
    'Cliente llama por seguimiento. Había sido derivado a Nivel 2 el 03/06 y ya está resuelto.',
    'Te agradezco la paciencia; ya le escribí a la agencia y me confirman mañana.',
    '¡Hola Juli! Para subir el límite entrá a la app y validá. Te pide validar con tu huella y listo.',
    'No me puedo quejar, fue un placer ayudarte 😊',
    'Dile a tu mamá que ya quedó listo su pedido 😊',
  ])('neither: %s', (draft) => {
    expect(kinds(draft)).toEqual([]);
  });
});

describe('Spanish frames of the sixth pass', () => {
  it.each([
    // A contact verb as a gerund; the party after a verb of handling it ("la gestiona cada hotel").
    'Eso lo tenés que hacer llamando a tu banco, nosotros no vemos esos datos.',
    'La devolución del depósito la gestiona cada hotel directamente.',
    'Los reintegros de óptica los administra Salud Visión, nuestro prestador.',
    'La verificación del pago la hacen ellos desde su oficina.',
    'Os lo tiene que confirmar vuestra aseguradora.',
    // The party named before ("con ellos"), an acronym after "en", "toca", an impersonal request.
    'Si no te llega, tenés que arreglarlo directamente con ellos.',
    'Tienes que consultarlo directamente en la ANSES.',
    'Eso toca revisarlo con la pasarela de pagos.',
    'El cambio de medidor se pide a la cuadrilla de la distribuidora.',
  ])('a handoff: %s', (draft) => {
    expect(kinds(draft)).toContain('handoff');
  });

  it.each([
    'Tu seguro de viaje no cubre cancelaciones por trabajo.',
    'El plan que contrataste no incluye llamadas internacionales.',
    'No corresponde reembolsar la cuota porque el servicio ya se prestó.',
    'Esta área no gestiona reclamos de envíos internacionales.',
    'Hoy no vamos a poder enviarte el técnico.',
  ])('a can’t: %s', (draft) => {
    expect(kinds(draft)).toContain('cant');
  });

  it.each([
    // A menu path in our app, a case passed on and already done there, the agent staying the contact.
    'Para cambiar el PIN, vaya a Ajustes > Seguridad en la app.',
    'Su reclamo fue derivado a Facturación, que ya emitió la nota de crédito. Se la adjunto.',
    'He pasado tu caso al equipo técnico. Yo seguiré siendo tu interlocutora y te escribo mañana.',
    // "Consultas" as a noun, not the request "consultás"; our own pages by name.
    'Para consultas de facturación estamos de 9 a 18 h.',
    'Puedes ver tus recibos en Facturas, dentro de la app.',
  ])('neither: %s', (draft) => {
    expect(kinds(draft)).toEqual([]);
  });

  it('reads "consultas" after a verb as the noun: a scope can’t, no handoff', () => {
    expect(kinds('Esta línea solo atiende consultas de socios.')).toEqual(['cant']);
  });
});
