// Spanish handoffs that name whose the case is rather than whom to call: "no es nuestro, es de…", "ya
// no es con nosotros, es con…", "los tiene el área de…". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';

const kinds = (draft: string) => analyse({ draft }, []).map((n) => n.kind);

describe('Spanish: the party the case belongs to', () => {
  it.each([
    'Ojo, ese débito ya no es con nosotros, es con tu banco.',
    'Ese cargo no es nuestro, es de la compañía de seguros.',
    'Las facturas antiguas las tiene el área de Archivo Central.',
  ])('a handoff: %s', (draft) => {
    expect(kinds(draft)).toContain('handoff');
  });

  it.each(['Ese error no es nuestro, es de redacción: ya lo corregimos.', 'La llave la tiene usted.'])(
    'no handoff: %s',
    (draft) => {
      expect(kinds(draft)).not.toContain('handoff');
    },
  );
});
