// Spanish can'ts said without "poder" and handoffs said as formal letters, chatbots and back offices say
// them: a refusal verb with its pronouns ("no te lo aceptamos"), "tampoco", what we no longer give, nothing
// or no one available, an organisation that will not pay or is not competent, a request denied in the
// passive, an office's scope, what the agent cannot see; a call being passed on ("te estoy transfiriendo",
// "procederé a transferir", "se ha dado traslado"), a queue, a case left in someone's hands, someone else
// doing it "ahí". Each kind beside sentences it must leave alone. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';

const kinds = (draft: string) => analyse({ draft }, []).map((n) => n.kind);

describe("Spanish: can'ts without the verb poder", () => {
  it.each([
    // a refusal verb with its pronouns before it
    'Ese cupón no te lo aceptamos en compras con envío gratis.',
    'No se lo reembolsamos porque ya pasaron los 30 días.',
    'Sin el ticket no le devolvemos el importe.',
    'No le hacemos cambios de titularidad por teléfono.',
    // "tampoco" as the negation
    'Tampoco te podemos dar otro turno esta semana.',
    'Tampoco se puede pagar en cuotas con esa tarjeta.',
    // what we no longer give or do
    'Ya no renovamos las membresías anuales con el precio viejo.',
    'La tarjeta de regalo ya no la estamos vendiendo en tienda.',
    // nothing or no one available
    'Ahora mismo no hay asesores disponibles para visitas a domicilio.',
    'No tenemos habitaciones dobles disponibles para esas fechas.',
    // an organisation of ours that will not pay, or is not competent
    'El hospital no va a reembolsar la consulta particular.',
    'La universidad no es competente para resolver temas de becas estatales.',
    // coverage with a relative clause before the verb
    'El plan que contrataste no te cubre ortodoncia.',
    'La póliza que usted tiene contratada no cubre granizo.',
    // a request denied, in the passive or the impersonal
    'Su reclamación ha sido desestimada por falta de documentación.',
    'Lamentamos comunicarle que su petición de cambio de tarifa no ha sido aprobada.',
    'Se deniega la solicitud de aplazamiento presentada el día 3.',
    // an office's or a channel's scope, with the thing done between
    'Desde esta sucursal no se hacen aperturas de cuentas para empresas.',
    'No se atienden reclamos desde esta sede.',
    'Nosotros solamente instalamos equipos que se compraron en la tienda.',
    // what the agent or the bot cannot see or does not know how to do
    'No alcanzo a ver el detalle de ese pago desde mi pantalla.',
    'No logro acceder a tu historial, el sistema está caído.',
    'Todavía no sé resolver eso, perdón.',
    'No estoy programado para tramitar devoluciones.',
    // not our part
    'No intervenimos en disputas entre vecinos.',
    'No nos hacemos responsables por objetos olvidados en el vehículo.',
    'Yo de eso no sé nada, no es mi área.',
    'Eso no me toca a mí, lo siento.',
    // what a system or a rule does not give
    'Esa opción no existe en nuestro sistema.',
    'El sistema no me da la opción de cancelar.',
    'No me sale la opción de reembolso en la pantalla.',
    'No tengo visibilidad de los pagos hechos en tienda.',
    'Eso va contra nuestras políticas.',
    'Su caso no califica para la compensación.',
    'Su solicitud no reúne los requisitos para el reembolso.',
    'No se hacen devoluciones de productos abiertos.',
    'No repartimos en tu código postal.',
    'El plazo venció y ya no hay nada que hacer.',
    'Esa información no la tenemos.',
    'Ahora mismo no lo tenemos disponible en tu talla.',
    // possibility, said around it
    'No va a ser posible entregarlo mañana.',
    'No creo que se pueda cambiar la fecha.',
    'Difícilmente podamos hacer algo.',
    'No sabría decirle cuándo llega.',
    'Eso no lo permitimos en la tienda.',
    // what we do not give, no longer carry, or have run out of
    'Disculpe, ese servicio no lo brindamos.',
    'Ese producto está descontinuado, ya no lo traemos.',
    'Se nos acabó el stock de esa talla.',
    'Ese artículo está agotado en todas las tiendas.',
    // our conditions, and who does not let the agent
    'Las condiciones del servicio no lo permiten.',
    'Lo siento, a mí no me autorizan a dar descuentos en este plan.',
    // a formal letter's refusals and exclusions
    'Resulta improcedente su solicitud de reembolso.',
    'Su solicitud se declara improcedente.',
    'No asumimos los gastos de envío de la devolución.',
    'No nos responsabilizamos de pérdidas en envíos sin seguro.',
    'No respondemos por daños de transporte contratado por el cliente.',
    'Queda excluido de la cobertura el daño por mal uso.',
    'Ese tipo de trámite no lo hacemos en esta sucursal.',
  ])("a can't: %s", (draft) => {
    expect(kinds(draft)).toContain('cant');
  });

  it.each([
    'Yo tampoco puedo vivir sin mi perro, te entiendo.',
    'Ese SMS no lo enviamos nosotros, es un intento de fraude.',
    'Tranquilo, no le cobramos nada por el cambio.',
    'Su solicitud de prórroga ha sido aprobada.',
    'Tu pago fue rechazado por el banco emisor; probá con otra tarjeta.',
    'Solo necesitamos una foto de tu DNI para seguir.',
    'Ya no tenemos incidencias en tu zona, el servicio volvió.',
    'No te preocupes, no hay nada que hacer, se renueva solo.',
    'Tampoco te vamos a cobrar el envío, ya lo anulé.',
    'No tenemos inconveniente en cambiarlo.',
    'Tu saldo se agotó, recargá para seguir navegando.',
    'Las normas del edificio no permiten mascotas, pero el hotel de al lado sí.',
    'Tranquila, no asumimos que fue tu culpa.',
  ])("no can't: %s", (draft) => {
    expect(kinds(draft)).not.toContain('cant');
  });
});

describe("Spanish: a can't inside a condition, with the condition's subject between", () => {
  it.each([
    'Si tu pedido no califica para envío gratis, el envío cuesta 5 euros.',
    'Si el sistema no me deja, te aviso por acá.',
  ])("no can't: %s", (draft) => {
    expect(kinds(draft)).not.toContain('cant');
  });

  it("keeps the can't after a condition that has its own verb", () => {
    expect(kinds('Si pagaste con tarjeta no podemos devolverte en efectivo.')).toContain('cant');
  });
});

describe('Spanish: "no aplica" about a charge is good news, about a benefit a refusal', () => {
  it.each([
    'Revisé la comisión por retiro anticipado: no aplica en tu caso porque ya cumpliste el año.',
    'Consulté lo de la multa por cancelación y no aplica para su reserva.',
  ])("no can't: %s", (draft) => {
    expect(kinds(draft)).not.toContain('cant');
  });

  it.each([
    'El descuento no aplica para productos en oferta.',
    'Aunque pagaste el cargo de envío, la devolución no aplica para artículos personalizados.',
  ])("a can't: %s", (draft) => {
    expect(kinds(draft)).toContain('cant');
  });
});

describe('Spanish: a call or a case passed on, said as a bot, a clerk or a letter says it', () => {
  it.each([
    'Te estoy pasando con alguien de cobranzas, no cortes.',
    'Lo estamos transfiriendo al área de siniestros.',
    'Estoy derivándote con un especialista de tarjetas.',
    'Procederemos a derivar su caso al departamento legal.',
    'En breve procederé a transferir su llamada al área de bajas.',
    'Se ha dado traslado de su escrito a la Dirección de Tráfico.',
    'Te dejo en la fila de un agente de soporte técnico.',
    'Dejamos su reclamo en manos del equipo de garantías.',
    'A partir de ahora te llaman ellos.',
    'Le transfiero la llamada al departamento de ventas.',
    'Nos vemos obligados a remitir su reclamación al servicio de atención del transportista.',
    'El área de Cobranzas asumirá en adelante la gestión de su expediente.',
  ])('a handoff: %s', (draft) => {
    expect(kinds(draft)).toContain('handoff');
  });
});

describe('Spanish: whose deed it is, and someone else acting "ahí"', () => {
  it.each([
    'El certificado lo saca el registro civil.',
    'El alta la tiene que tramitar tu nueva distribuidora.',
    'El reembolso se lo tiene que dar la agencia de viajes.',
    'Acercate a cualquier sucursal del banco, ahí te atienden sin turno.',
    'Escribiles a ellos por la web, ellos te indican los pasos.',
    'Le ruego llamar al 91 555 1234 para concertar la cita.',
    'La denuncia debe presentarla el propietario del vehículo directamente ante dicha comisaría.',
    'El cambio tendrías que hacerlo directamente en MiBanco Online.',
    'Para aclarar el cobro no autorizado le pido comunicarse con su banco.',
    'Eso te lo dicen en la Seguridad Social.',
    'El cabildo es quien lleva eso.',
    'Tienes que hacer el claim con el seller.',
    'Eso mejor lo checás con tu doctor.',
    'Lo mejor es que te arrimes a la oficina de la compañía de luz.',
    'Esto lo define el comité académico, no nosotros.',
    'Le pasé el recado al encargado de sucursal y él se pone en contacto contigo.',
    'Un compañero del área técnica te va a marcar en la tarde.',
  ])('a handoff: %s', (draft) => {
    expect(kinds(draft)).toContain('handoff');
  });

  it.each([
    'Gracias por comunicarse con Aguas del Valle, le atiende Rodrigo.',
    'Cuando llegue el técnico te explica todo.',
    'Tu asesor te ayuda con lo que necesites.',
    'Como le dije que tendría que ir al banco, lo revisé otra vez y lo resolvemos nosotros.',
    'El cambio lo hacés directamente en Ajustes > Plan.',
    'Eso te lo explican en el video del tutorial.',
    'El saldo lo ves en tu cuenta.',
    'Yo me comunico contigo mañana.',
  ])('no handoff: %s', (draft) => {
    expect(kinds(draft)).not.toContain('handoff');
  });

  it('keeps the handoff when the agent passes the call on, or says it is not ours', () => {
    expect(kinds('Ahora le atiende Marta, de facturación.')).toContain('handoff');
    expect(kinds('Eso no lo resolvemos nosotros, llame a su aseguradora.')).toContain('handoff');
  });
});

describe('Spanish chat spellings', () => {
  it.each(['no t puedo ayudar con eso x aca', 'eso no lo manejamo aca, solo ventas'])(
    "a can't: %s",
    (draft) => {
      expect(kinds(draft)).toContain('cant');
    },
  );
});
