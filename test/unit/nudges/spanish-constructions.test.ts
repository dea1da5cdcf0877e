// Spanish handoffs and can'ts said in constructions rather than in a listed phrase: periphrases of
// obligation ("le va a tocar", "le corresponde"), whose turn it is ("le toca al…", "corre por cuenta
// de…", "es entre usted y…"), passives and impersonal "se", third-person notes, chat spellings, and
// can't said as not being in a position or having no way. Each kind beside sentences it must leave
// alone. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';

const kinds = (draft: string) => analyse({ draft }, []).map((n) => n.kind);
const nudges = (draft: string) => analyse({ draft }, []);

describe('Spanish: handoffs said as whose turn it is', () => {
  it.each([
    'Para cambiar el medidor le va a tocar ir a la oficina de la distribuidora.',
    'Le corresponde presentar el reclamo ante la aseguradora del otro conductor.',
    'Ese arreglo le toca al casero, no a nosotros.',
    'Le toca a la constructora revisar la humedad del techo.',
    'La reparación corre por cuenta del fabricante mientras dure la garantía.',
    'Lo de la propina ya queda entre usted y el repartidor.',
    'La queja va directamente con la aerolínea.',
    'El reintegro debe ser solicitado a su obra social.',
    'Los cobros en dólares son procesados por la pasarela de pagos.',
    'El duplicado de la tarjeta se saca directamente en el banco emisor.',
    'Ese canal premium se contrata aparte con el proveedor del paquete.',
    'Cliente será contactado por el área de cobranzas esta semana.',
    'Se le recomendó a la afiliada acudir a su EPS con la orden.',
    'Le solicitamos enviar los comprobantes a nuestro corresponsal en Lima.',
    'Desde la app coordiná con el conductor para la devolución.',
    'fijate cn tu banco xfa, eso es cosa d ellos',
    'Tendrá que contratar un plomero para la parte de adentro.',
    'Deberán avocarse a la tesorería del instituto con el recibo.',
    'Se turna el expediente: se le canaliza con el área de aclaraciones.',
    'Ese trámite es en la SUNARP, con su DNI.',
  ])('a handoff: %s', (draft) => {
    expect(kinds(draft)).toContain('handoff');
  });

  it.each([
    'Si no puede venir el martes, le paso al jueves con el mismo especialista.',
    'El área de Ventas me pasó su caso y desde ahora lo atiendo yo.',
    'Gracias por llamar a Aguas del Valle, le habla Martina.',
    'Le dejé un cupón para su próxima visita a Cusco.',
    'Cliente ingresó por consulta de facturación y quedó resuelto.',
    'Paciente solicita cambio de turno con el doctor de cabecera.',
    'Le escribo por WhatsApp desde el número de la oficina; soy yo misma, no se preocupe.',
    'La garantía va incluida en el precio.',
    'El cambio de tarifa es procesado el mismo día.',
    'Te paso con gusto el comprobante de pago.',
    'Recibirá un correo de confirmación en breve.',
    'El pago es en efectivo o con tarjeta.',
  ])('no handoff: %s', (draft) => {
    expect(kinds(draft)).not.toContain('handoff');
  });
});

describe("Spanish: can'ts said as no position, no way or not our part", () => {
  it.each([
    'No estamos en posibilidad de bajar la cuota inicial.',
    'Tampoco hay forma de recuperar la contraseña si la borraste.',
    'No existe esa opción para cuentas empresariales.',
    'No tenemos la autorización para anular una factura emitida.',
    'No cuento con los permisos para ver ese historial.',
    'Nos vemos imposibilitados de aplicar el descuento dos veces.',
    'No hay nada más que podamos hacer desde aquí.',
    'No somos los encargados de la recolección de basura.',
    'Eso no es de nuestra área.',
    'No armamos muebles de otras marcas.',
    'Esa gestión se encuentra fuera de nuestra competencia.',
    'Las bajas no se hacen por WhatsApp.',
    'El cambio de titular no entra dentro de nuestras facultades.',
    'Envíos al extranjero no tenemos habilitados.',
    'El colegio no está autorizado para emitir certificados oficiales.',
    'El sistema no me lo permite.',
    'Eso no lo cubre tu plan básico.',
    'Por seguridad no compartimos datos de otros titulares.',
    'No es algo que dependa de nosotros.',
    'Estamos impedidos de entregar esa información a terceros.',
    'No nos es dable modificar el contrato firmado.',
    'No contemplamos devoluciones en productos de higiene.',
    'Las tarifas promocionales son sin posibilidad de cambio.',
    'No tenemos nada que ver con esa empresa de envíos.',
  ])("a can't: %s", (draft) => {
    expect(kinds(draft)).toContain('cant');
  });

  it.each([
    'La app no deja editar la dirección después de pagar, pero yo sí puedo hacerlo desde acá.',
    'El sistema no permite dos cupones, pero nosotros sí lo podemos aplicar a mano.',
    'Hay varias formas de pagar: tarjeta, transferencia o efectivo.',
    'Los puntos vencen al año y no son transferibles, pero los tuyos valen hasta diciembre.',
    'No tiene que ver con tu cuenta, es un tema general de la red.',
  ])("no can't: %s", (draft) => {
    expect(kinds(draft)).not.toContain('cant');
  });

  it("keeps the can't when what the agent can do is something else", () => {
    expect(kinds('No podemos bajar el precio, pero sí te puedo regalar el envío.')).toContain('cant');
  });
});

describe("Spanish can't rewrites", () => {
  it('say "se lo" to usted, never "le lo"', () => {
    const rewrites = [
      'No nos es posible modificar la reserva.',
      'Lamentablemente no podemos anular el cargo.',
    ].map((draft) => nudges(draft).find((n) => n.kind === 'cant')?.rewrite ?? '');
    for (const rewrite of rewrites) {
      expect(rewrite).toMatch(/\bse lo\b/);
      expect(rewrite).not.toMatch(/\ble lo\b/);
    }
    expect(
      nudges('No te puedo cambiar la reserva, lo siento.').find((n) => n.kind === 'cant')?.rewrite,
    ).toMatch(/\bte lo\b/);
  });
});

describe('Spanish: pronouns, the customer as the doer, and a party named before "allá"', () => {
  it.each([
    'Lo del calentador repórtaselo directamente al dueño del local.',
    'La cita agendala directo con ella al 555 1234.',
    'Si el cable vino roto, reclamale a quien te lo vendió.',
    'El cambio de plástico lo pedís en tu banco.',
    'Como lo compraste a un tercero, la garantía la gestiona el directamente.',
    'Ya le avisamos al chofer; coordiná directamente con el por la app.',
    'Ese tema lo tratan en el foro de la comunidad; te recomiendo publicar tu duda allá.',
    'El aviso del choque lo tiene que dar usted mismo a su aseguradora.',
    'Te dejo el contacto de Rocío, de Facturación: rocio@ejemplo.com.',
  ])('a handoff: %s', (draft) => {
    expect(kinds(draft)).toContain('handoff');
  });

  it.each([
    'Ándale, a la orden.',
    'En nuestra tienda de Lima hay stock, puede retirarlo allí.',
    'En tu área de clientes puedes verlo allí mismo.',
    'Llámala cuando puedas, a tu hermana le va a encantar.',
    'Te paso el número de Pedido para que lo tengas a mano.',
    'Tienes que hacerlo tú misma desde la app, es un minuto.',
  ])('no handoff: %s', (draft) => {
    expect(kinds(draft)).not.toContain('handoff');
  });
});

describe("Spanish: words the agent reports are not the agent's", () => {
  it.each([
    'Me comentó que "tendría que ir al banco a pedir el estado de cuenta", pero no hace falta: se lo adjunto yo.',
    'En la otra sucursal le dijeron «vaya a la aseguradora». Aquí no es necesario, lo resolvemos nosotros.',
    '"Llame a su banco", le contestaron en la tienda; no se preocupe, ya lo revisé yo.',
    'Usted me comenta que tendría que acudir a la notaría, pero el trámite lo hacemos nosotros.',
  ])('no handoff: %s', (draft) => {
    expect(kinds(draft)).not.toContain('handoff');
  });

  it("keeps the agent's own request beside a report", () => {
    expect(kinds('Usted me dice que no puede entrar, así que tendrá que llamar a su banco.')).toContain(
      'handoff',
    );
    expect(kinds('Entre a "Mis pedidos" y luego contacte con el vendedor.')).toContain('handoff');
  });
});

describe('Spanish: third-person notes and macros', () => {
  it.each([
    'Se deriva a cliente a su aseguradora para el reintegro.',
    'Cliente derivado con el área de retenciones.',
    'Se brinda número de la línea de emergencias de la aseguradora.',
    'Cliente queda en contactar a su operador mañana.',
    'Eso habrás de verlo con tu gestor.',
    'Hola {{nombre}}, para este caso debes comunicarte con {{aliado}} al {{telefono}}.',
    'Para el reembolso, contacta a [TIENDA] directamente.',
  ])('a handoff: %s', (draft) => {
    expect(kinds(draft)).toContain('handoff');
  });

  it.each([
    'Quedo en llamar a mi compañero y te aviso yo.',
    'Hola [NOMBRE], tu pedido llegará el [FECHA].',
    'Hola {{nombre}}, ya te devolvimos el dinero.',
  ])('no handoff: %s', (draft) => {
    expect(kinds(draft)).not.toContain('handoff');
  });

  it('names the placeholder the customer is sent to, not the greeting’s', () => {
    const handoff = nudges('Hola {{nombre}}, debes comunicarte con {{aliado}} por el chat de la app.').find(
      (n) => n.kind === 'handoff',
    );
    expect(handoff?.rewrite).toContain('{{aliado}}');
    expect(handoff?.rewrite).not.toContain('{{nombre}}');
  });

  it('reads a placeholder as the words inside it where they matter', () => {
    expect(
      kinds('Hola {{nombre}}: {{empresa}} no puede intervenir en disputas entre particulares.'),
    ).toContain('cant');
  });

  it('leaves idioms of letting someone down alone', () => {
    expect(kinds('No le podemos fallar otra vez, así que va prioritario.')).not.toContain('cant');
    expect(kinds('No se puede negar que fue un error nuestro, así que te devolvemos todo.')).not.toContain(
      'cant',
    );
  });
});

describe('Spanish: regional obligations and who must do it', () => {
  it.each([
    'Mira de hablar con tu banco, ellos lo ven.',
    'Tenís que llamar a la Isapre po.',
    'Dele llamando al banco para que le expliquen el cargo.',
    'No queda de otra que llamar al banco emisor.',
    'Tendrá que ser el banco quien lo autorice.',
    'Esto lo debe autorizar su banco.',
  ])('a handoff: %s', (draft) => {
    expect(kinds(draft)).toContain('handoff');
  });

  it.each([
    'Lo puede hacer usted desde la app en un minuto.',
    'Tiene que ser un error del sistema, ya lo corrijo.',
    'Eso lo puede revisar nuestro equipo de pagos, y te escribo yo con la respuesta.',
  ])('no handoff: %s', (draft) => {
    expect(kinds(draft)).not.toContain('handoff');
  });
});
