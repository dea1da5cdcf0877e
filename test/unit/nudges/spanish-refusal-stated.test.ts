// A Spanish refusal stated as a fact about the thing asked for (`refusalStated` in src/nudges/spanish/reading.ts):
// a negated verb in the present or future, read with what surrounds it — an apology, what is still possible or the
// one thing that is, the thing having stopped for the customer — beside negated facts that refuse nothing. Drafts
// written for this test, in no set.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';

const cant = (draft: string) => analyse({ draft }, [], { learned: false }).some((n) => n.kind === 'cant');
const each = (drafts: string[], expected: boolean) => {
  for (const draft of drafts) expect(cant(draft), draft).toBe(expected);
};

describe('Spanish refusals stated as facts', () => {
  it('reads a negated fact beside an apology or an alternative as the refusal of what was asked', () => {
    each(
      [
        'Hola Marta, la alfombra grande no la mandamos a Canarias por el peso. Lo siento mucho.',
        'Buenas, el bono anual no congela meses por viaje; lo que sí puedes hacer es pasarlo a tu hermano.',
        'Hola don Julio, el abono de temporada no incluye la final, solo la liga regular.',
        'Qué pena, Rocío: la clase de cerámica del jueves no admite más alumnos este trimestre.',
        'Estimado Sr. Pinto: el modelo que pide no viene con teclado español. Si quiere, le ofrezco el inglés con pegatinas.',
      ],
      true,
    );
  });

  it('reads a thing that has stopped or not started for the customer, and an impersonal "no se" after its subject', () => {
    each(
      [
        'Hola Lu, el envío en el día ya no lo hacemos a tu barrio.',
        'Buenas, por ahora no atendemos a domicilio en Quilmes.',
        'Estimada clienta, las tarjetas regalo caducadas no se reactivan en tienda.',
        'Hola Paco, ya no te lo vamos a poder guardar más allá del viernes.',
      ],
      true,
    );
  });

  it('leaves alone negated facts that refuse nothing', () => {
    each(
      [
        // Reassurance, good news, a charge not made.
        'No se preocupe, lo siento por la espera: ya está resuelto.',
        'Perdona el lío, no te cobramos el envío esta vez.',
        'Lo siento por la demora. No hace falta que vuelvas a enviar la foto.',
        // The past, and a fact not yet known.
        'Lo siento, el descuento no se le aplicó porque el código era del mes pasado; le dejo uno nuevo.',
        'Todavía no tenemos respuesta del proveedor, pero te escribo apenas la tenga.',
        // The customer's own thing, their account reported back, a condition, a "que"-clause.
        'Uy, lo siento: si tu router no enciende, prueba con otro enchufe.',
        'Lamento que su móvil no cargue; solo tiene que traerlo y se lo miramos gratis.',
        'Entiendo que el repartidor dice que no encuentra la dirección, lo siento; ya le pasé la referencia.',
        // A question.
        '¿No te llega el código? Lo siento, te lo reenvío ahora.',
      ],
      false,
    );
  });
});
