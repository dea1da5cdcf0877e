// The language of a short line and of each sentence of a mixed draft: a short Spanish line with no English
// word in it is Spanish and gets Spanish nudges; a short English line stays English; in a draft that mixes
// the two, the sentence that carries a nudge is read in its own language, and the learned second opinion
// (English only) never reads a Spanish sentence.
import { describe, expect, it } from 'vitest';
import { draftLanguage, sentenceLanguage } from '../../../src/nudges/detect-language';
import { analyse } from '../../../src/nudges/index';
import { opinionSentences } from '../../../src/nudges/opinion/opinion';

const nudges = (draft: string) =>
  analyse({ draft }, []).map((n) => ({
    kind: n.kind,
    said: draft.slice(...(n.range ?? [0, 0])),
    rewrite: n.rewrite,
  }));

describe('a short Spanish line', () => {
  it('is read as Spanish when it has a Spanish cue and no English word', () => {
    for (const draft of [
      'no se puede',
      'llame al banco',
      'eso lo ve otra área',
      'eso lo ve otra area',
      'Me temo que no.',
      'No me es posible.',
      'Lamentablemente no.',
      'no podemo cambiarte el plan',
      'Usuario referido a la Superintendencia.',
      'Derivado a Nivel 2.',
      'No me compete autorizar reembolsos.',
      'vaya a la sucursal',
      'imposible',
    ])
      expect(draftLanguage(draft), draft).toBe('es');
  });

  it('gets a Spanish nudge with a Spanish rewrite', () => {
    for (const draft of ['Me temo que no.', 'No me es posible.', 'No resulta procedente el reintegro.']) {
      const [nudge] = nudges(draft);
      expect(nudge?.kind, draft).toBe('cant');
      expect(nudge?.rewrite, draft).toMatch(/puedo|podemos/);
    }
    const [handoff] = nudges('vaya a la sucursal');
    expect(handoff?.kind).toBe('handoff');
    expect(handoff?.rewrite).toMatch(/\b(?:le|te) escribo\b/);
  });
});

describe('a short English line', () => {
  it('stays English, with a Spanish name or word in it too', () => {
    for (const draft of [
      'Call your bank.',
      'No problem.',
      'Done.',
      'Thanks!',
      'Sorry, no.',
      'Hola! Call your bank.',
      'Please contact Banco Santander.',
      'El Paso store will call you',
      // One Spanish-looking word in a longer line of Jamaican English is no Spanish.
      'Mek wi tek dis offline, check yuh email, mi jus sen yuh di form.',
      // The same Spanish-looking word said again and again is still one word.
      'Mi book di car fi three days. Mi lose half di day. Mi want back mi money.',
    ])
      expect(draftLanguage(draft), draft).toBe('en');
  });

  it('keeps its English nudge', () => {
    const [nudge] = nudges('Call your bank.');
    expect(nudge?.kind).toBe('handoff');
    expect(nudge?.rewrite).toMatch(/I'll/);
  });
});

describe('a mixed draft', () => {
  it('reads a Spanish sentence of an English draft with the Spanish frames', () => {
    const draft =
      'Thanks for your patience, we checked your order today. Lamentablemente no se puede cambiar la dirección.';
    expect(draftLanguage(draft)).toBe('en');
    const found = nudges(draft);
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe('cant');
    expect(found[0]?.said).toBe('Lamentablemente no se puede cambiar la dirección.');
    expect(found[0]?.rewrite).toMatch(/Lo que sí puedo/);
  });

  it('reads an English sentence of a Spanish draft with the English phrases', () => {
    const draft =
      'Hola Juan, gracias por escribirnos y por tu paciencia con el pedido de la semana pasada. Please call your bank about that charge.';
    const found = nudges(draft);
    expect(found.map((n) => n.kind)).toEqual(['handoff']);
    expect(found[0]?.said).toBe('Please call your bank about that charge.');
    expect(found[0]?.rewrite).toMatch(/I'll tell you exactly what to ask your bank/);
  });

  it('gives a handoff in Spanglish to the sentence that is Spanish', () => {
    const draft =
      'Sorry, this department no maneja billing. Tiene que llamar al billing team al 1-800-555-0199.';
    const found = nudges(draft);
    expect(found.map((n) => n.kind)).toContain('handoff');
    expect(found.find((n) => n.kind === 'handoff')?.said).toMatch(/^Tiene que llamar/);
  });

  it('leaves a sign-off or a greeting in the other language with the draft', () => {
    expect(sentenceLanguage('Saludos, Lucía')).toBeUndefined();
    expect(sentenceLanguage('Mi glad fi hear di e-bike a work good now, Miss Patrice!')).toBeUndefined();
    expect(sentenceLanguage('Tiene que llamar al billing team al 1-800-555-0199.')).toBe('es');
  });

  it('keeps the learned second opinion off the Spanish sentence', () => {
    const draft =
      'Thanks for your patience, we checked your order today and everything looks fine on our side. I have also updated the delivery address you sent us. Tiene que llamar a su banco para que le devuelvan el cargo.';
    const read = opinionSentences(draft).map((s) => s.raw);
    expect(read.some((s) => s?.startsWith('Thanks'))).toBe(true);
    expect(read.some((s) => s?.startsWith('Tiene'))).toBe(false);
  });
});
