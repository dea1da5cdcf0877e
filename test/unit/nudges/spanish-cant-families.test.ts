// Spanish can'ts by family, each beside sentences it must leave alone: the same refusal said without
// "poder" or "no", as a letter, a system, a policy or a chat line says it; a question, a reminder of the
// customer's own rule, disbelief and good news stay out. Sentences written for this test, in no set.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';

const cant = (draft: string) => analyse({ draft }, []).some((n) => n.kind === 'cant');
const each = (drafts: string[], expected: boolean) => {
  for (const draft of drafts) expect(cant(draft), draft).toBe(expected);
};

describe("Spanish can'ts by family", () => {
  it('reads a refusal negated by "nunca", "jamás", "en ningún caso" or "de ninguna manera" as one negated by "no"', () => {
    each(
      [
        'De ninguna manera podemos hacer eso.',
        'Bajo ninguna circunstancia compartimos esos datos.',
        'En ningún caso se hacen reembolsos en efectivo.',
        'Nunca hacemos reembolsos a otra tarjeta.',
        'Jamás se permite cambiar el titular.',
      ],
      true,
    );
    each(['Nunca es tarde para escribirnos.', 'De ninguna manera le vamos a cobrar eso.'], false);
  });

  it('reads a bare "no" as a refusal: "Eso no, lo siento", "Lo siento, pero no", "Lamentablemente, no"', () => {
    each(['Eso no, lo siento.', 'Lo siento, pero no.', 'Lamentablemente, no.', 'Negativo, señor.'], true);
    each(
      [
        'Eso no, lo otro sí: le hago el cambio de talla hoy.',
        'No, no tiene que pagar nada.',
        'Negativo el resultado de la prueba, todo en orden.',
      ],
      false,
    );
  });

  it('finds what a system, a policy or a rulebook does not allow or blocks', () => {
    each(
      [
        'El sistema no acepta tarjetas extranjeras.',
        'El sistema me bloquea la anulación.',
        'No nos deja la plataforma hacer el cambio.',
        'El reglamento no permite cambios de asiento.',
        'Los términos del servicio no permiten reembolsos parciales.',
        'La normativa interna nos impide hacer la devolución.',
      ],
      true,
    );
    each(
      ['El sistema ya me deja hacer el reembolso; listo.', 'El sistema no me dio problemas, ya quedó hecho.'],
      false,
    );
  });

  it('finds what falls outside cover, a policy, a period or our reach', () => {
    each(
      [
        'Esa reparación queda fuera de garantía.',
        'Los daños estéticos quedan fuera de la cobertura del seguro.',
        'Está fuera de nuestra política aceptar devoluciones de ropa interior.',
        'Su reclamación está fuera de plazo.',
        'Eso se sale de nuestras manos.',
        'Lamentablemente escapa a nuestras posibilidades.',
        'Eso sale de mis atribuciones.',
        'Eso no corre por nuestra cuenta.',
      ],
      true,
    );
    each(['La garantía cubre el cambio, así que se lo mando hoy.'], false);
  });

  it('finds formal refusals: impossibility, a request that cannot be attended, no authority', () => {
    each(
      [
        'Nos vemos en la imposibilidad de atender su solicitud.',
        'Resulta inviable atender su solicitud.',
        'Su solicitud no puede ser atendida.',
        'No estamos en disposición de ofrecerle una compensación.',
        'No tenemos la atribución de cambiar la titularidad.',
        'No tenemos competencia sobre ese trámite.',
        'No me lo autorizan.',
      ],
      true,
    );
    each(['No es posible que le haya llegado vacío; le mando otro ahora mismo.'], false);
  });

  it('finds the only thing we can offer, what there is none of, and chat forms', () => {
    each(
      [
        'Solo podemos ofrecerle un vale de compra.',
        'No hay devoluciones en productos de liquidación.',
        'no se pude hacer el cambio',
        'No se está pudiendo procesar reembolsos esta semana.',
        'No alcanzamos a enviarlo hoy.',
      ],
      true,
    );
    each(
      [
        'Solo podemos agradecerle su paciencia.',
        'No hay devoluciones pendientes en su cuenta.',
        'No hay reembolso pendiente, ya se acreditó.',
      ],
      false,
    );
  });

  it('finds what we do not do, by the verb of the service in any tense and with its pronouns', () => {
    each(
      [
        'No reparamos equipos comprados en el exterior.',
        'Ese tipo de crédito no lo estamos otorgando por el momento.',
        'No te reservamos la mesa sin seña.',
        'Ya no financiaremos compras en cuotas.',
        'No le cubrimos el traslado.',
        'Ese modelo ya no lo vendemos.',
      ],
      true,
    );
    each(
      ['No le cobramos nada por el cambio.', 'No dudamos de lo que nos cuenta; ya le repusimos el pedido.'],
      false,
    );
  });

  it("finds an office or team of ours that only handles something else: the scope is the can't", () => {
    each(
      [
        'La junta de condominio solo interviene en áreas comunes.',
        'Esta oficina únicamente tramita altas nuevas.',
        'El departamento de ventas solamente atiende pedidos mayoristas.',
      ],
      true,
    );
    each(['La garantía solo cubre defectos de fábrica, y este lo es: se lo cambio hoy.'], false);
  });

  it('finds a refusal said as a fact about the fare, plan, policy, contract or system, a few words after its noun', () => {
    each(
      [
        'La tarifa básica que eligió no admite equipaje facturado.',
        'El contrato que firmó con nosotros no contempla la baja anticipada.',
        'Su póliza de hogar no le cubre los daños por filtraciones.',
        'El plan prepago no incluye llamadas a fijos.',
        'El billete de oferta no es reembolsable.',
      ],
      true,
    );
    each(
      [
        'La tarifa nueva no tiene permanencia, puede darse de baja cuando quiera.',
        'El plan sigue igual y no cambia de precio.',
        'El sistema no ha registrado ningún cargo extra.',
      ],
      false,
    );
  });

  it('finds an impersonal refusal: "no se" and a verb of the service in the present or future', () => {
    each(
      [
        'Los martes no se realizan entregas a domicilio.',
        'Las clases de prueba ya no se dan en verano.',
        'Las matrículas fuera de plazo no se admiten.',
        'En esta sede no se están recibiendo solicitudes nuevas.',
      ],
      true,
    );
    each(
      [
        'No se realizarán más cargos a su tarjeta.',
        'No se preocupe, el pedido sale hoy.',
        'El paquete no se entregó ayer porque no había nadie; lo reintentamos mañana.',
      ],
      false,
    );
  });

  it('finds what we do not do, as a verb of the service in any person of ours', () => {
    each(
      [
        'Las mesas de la terraza no las reservamos por teléfono.',
        'Ese modelo no te lo vamos a reparar, ya no tiene piezas.',
        'Sin receta no se lo dispenso, lo siento.',
      ],
      true,
    );
    each(
      [
        'Ese correo no lo enviamos nosotros: bórrelo sin abrirlo.',
        'No le cobramos la reparación, va por garantía.',
        'No encontramos su pedido todavía; lo sigo buscando.',
      ],
      false,
    );
  });

  it('leaves alone a question and a rule the customer is reminded of', () => {
    each(
      [
        '¿No se puede pagar con tarjeta? Sí, claro que se puede.',
        '¿No le permite el sistema entrar con su clave?',
        'Recuerde que el boleto no se puede transferir a otra persona.',
        'No olvides que no se permiten líquidos en el equipaje de mano.',
      ],
      false,
    );
    each(['Tenga en cuenta que no podemos reembolsar el envío.'], true);
  });
});
