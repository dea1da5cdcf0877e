// Spanish handoffs said as whose deed it is and can'ts said as a channel's scope: the party as the
// subject after the verb ("la coordina la municipalidad"), a cleft ("quien te orienta es tu contador"),
// a name after its article ("con el SENAE"), a relative clause's own "no". Sentences written for these
// tests, each kind beside a sentence it must leave alone.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';

const kinds = (draft: string) => analyse({ draft }, []).map((n) => n.kind);

describe('Spanish: whose deed it is', () => {
  it.each([
    'La poda de los árboles la coordina la municipalidad; le sugiero ingresar la solicitud allí.',
    'Los reclamos por artefactos dañados los recibe el ente regulador.',
    'Las dudas sobre la unidad 4 las responde el tutor académico en el foro.',
    'Lo del reintegro del seguro lo liquida la compañía de seguros, así que mandales las facturas.',
    'Para el tema fiscal, quien te orienta mejor es tu contador.',
    'Si el accidente fue fuera del país, quien cubre es la asistencia en viaje.',
    'El administrador del conjunto es quien debe autorizar el cambio del router.',
    'La aclaración se levanta con ese banco.',
    'El trámite de nacionalización lo hace usted con el SENAE.',
    'Deberá formular la denuncia ante el CICPC.',
    'La recarga que no le cayó debe reclamarla en el comercio donde la compró.',
    'Tenés que acercarte a cualquiera de nuestras oficinas comerciales con la cédula.',
    'La reubicación del poste se solicita ante Obras Públicas del municipio. Si allá le piden constancia, nos la pide por este medio y se la mandamos.',
  ])('a handoff: %s', (draft) => {
    expect(kinds(draft)).toContain('handoff');
  });

  it.each([
    'La instalación la coordina nuestro técnico y te llamo yo mañana con la hora.',
    'Quien te atendió ayer fue muy amable, ¿verdad?',
    'Te paso al privado para pedirte el DNI sin exponerlo acá.',
    'La factura que no te llegó te la reenvío ahora mismo.',
  ])('no handoff: %s', (draft) => {
    expect(kinds(draft)).not.toContain('handoff');
  });
});

describe("Spanish: a channel's scope and what we do not do", () => {
  it.each([
    'Este número es solo para notificaciones de entrega y no recibe consultas.',
    'Este soporte es solo técnico, no académico.',
    'La app no permite disputar cargos de tarjetas de otros bancos.',
    'La gestión de reembolsos no está a cargo de este equipo.',
    'Por aquí no vemos temas de señal en provincias.',
    'No reparamos equipos comprados en el exterior.',
    'Ese tipo de crédito no lo estamos otorgando por el momento.',
  ])("a can't: %s", (draft) => {
    expect(kinds(draft)).toContain('cant');
  });

  it.each([
    'Este número es el de tu pedido, guardalo por las dudas.',
    'La app te permite ver el estado del envío en todo momento.',
    'Ya reparamos tu equipo y está listo para retirar.',
  ])("no can't: %s", (draft) => {
    expect(kinds(draft)).not.toContain('cant');
  });
});
