// The options page's words in a Spanish browser: messages from the Spanish messages.json, numbers, money
// and times formatted for Spanish. Every other unit test reads English (test/unit/setup-i18n.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/options/ArticleRow';
import { describeOutcome } from '../../../src/options/article-bulk';
import { emptyArticleForm, validateArticleForm } from '../../../src/options/article-form';
import { sourceLabel } from '../../../src/options/article-list';
import { relativeTime, statusText } from '../../../src/options/pack-status';
import { emptyRuleForm, validateRuleForm } from '../../../src/options/rule-form';
import { sitePattern } from '../../../src/options/site-access';
import { formatMessage, type MessageEntry, setMessageSource } from '../../../src/shared/i18n';
import { describeLimit } from '../../../src/shared/rule-text';
import { addressProblem } from '../../../src/storage/packs';

const read = (locale: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<
    string,
    MessageEntry
  >;

const scope = globalThis as { chrome?: unknown };
const NOW = Date.UTC(2026, 10, 26, 12, 0);

beforeAll(() => {
  const spanish = read('es');
  scope.chrome = { i18n: { getMessage: () => '', getUILanguage: () => 'es' } };
  setMessageSource((key, substitutions) => formatMessage(spanish[key], substitutions));
});

afterAll(() => {
  delete scope.chrome;
  const english = read('en');
  setMessageSource((key, substitutions) => formatMessage(english[key], substitutions));
});

describe('the options page in Spanish', () => {
  it('says how long ago a team pack synced as a Spanish speaker would', () => {
    expect(relativeTime(NOW - 5 * 60_000, NOW)).toBe('hace 5 minutos');
    expect(relativeTime(NOW - 30 * 3_600_000, NOW)).toBe('ayer');
    expect(relativeTime(NOW, NOW)).toBe('hace un momento');
    const synced = {
      id: 'acme',
      url: 'https://packs.example.com/a.json',
      status: 'ok',
      lastSync: NOW - 3 * 3_600_000,
    };
    expect(statusText(synced as never, NOW)).toBe('sincronizado hace 3 horas');
  });

  it('writes rule limits with Spanish money and words', () => {
    const limit = describeLimit({ limit: { amount: 49.5, currency: 'EUR' }, per: 'order' });
    expect(limit).toMatch(/^Hasta 49,50\s€ por pedido$/);
    expect(describeLimit({ limit: null, per: 'case' })).toBe('Sin límite fijo (por caso)');
  });

  it('explains form mistakes in Spanish, naming what was typed', () => {
    const errors = validateRuleForm({ ...emptyRuleForm(), label: '', amount: '10', currency: 'XYZ' });
    expect(errors.label).toMatch(/^Escribe un nombre/);
    expect(errors.currency).toBe(
      '“XYZ” no es un código de moneda que Own It conozca. Usa uno como USD, EUR o GBP.',
    );
    expect(sitePattern('support')).toMatchObject({
      ok: false,
      message: expect.stringContaining('support.com'),
    });
  });

  it('chooses the singular or plural sentence by count', () => {
    const outcome = { changed: 1, unchanged: 2, readOnly: 0, conflicts: 0 };
    expect(describeOutcome(outcome, 'vip', 'add')).toBe('Se agregó “vip” a 1 artículo; 2 ya la tenían.');
  });

  it('explains article form mistakes and names sources in Spanish, with Spanish dates', () => {
    const errors = validateArticleForm({ ...emptyArticleForm(), reviewBy: '2027-02-30' });
    expect(errors.title).toBe('Escribe un título, como «Solicitud de reembolso».');
    expect(errors.reviewBy).toBe('Escribe una fecha como 2027-03-31 o déjalo vacío.');
    expect(sourceLabel('starter')).toBe('Paquete inicial');
    expect(sourceLabel('pack:acme')).toBe('Paquete de equipo acme');
    expect(formatDay('2026-03-12', 'es')).toBe('12 mar 2026');
    expect(formatDay('2026-03-12', 'en-US')).toBe('12 Mar 2026');
  });

  it('says in Spanish why a team pack address is refused', () => {
    expect(addressProblem('http://packs.example.com/a.json')).toBe(
      'la dirección debe empezar por https:// (http sin cifrar solo para este equipo)',
    );
  });
});
