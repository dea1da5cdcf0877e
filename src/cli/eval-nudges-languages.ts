// The nudge eval by the draft's language: the English sets together, and the Spanish sets (each and
// together), scored the same way. Spanish drafts are read by the Spanish frames (src/nudges/spanish/) and
// the learned Spanish opinion after them (src/nudges/spanish/opinion.ts, part of analyse); the English
// second opinion is silent on them. Run alone (`npx tsx src/cli/eval-nudges-languages.ts`) it prints the
// never-tuned Spanish sets' totals only, phrases alone and with the Spanish opinion, no case read.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyse, type NudgeRule } from '../nudges/index';
import { type LabelledCase, type SetScore, scoreCases } from './eval-nudges';

const FIXTURES = new URL('../../test/fixtures/nudges/', import.meta.url);

/**
 * Spanish sets. es-dev: written by the developer before the Spanish frames, read while they were
 * designed (tuning). es-probe: written by the same developer after the first frames, scored once
 * (README), then tuned on. es-probe-latam: the same, Latin American voices (vos, chat, social, phone
 * notes), written after the blind Spain set was tuned on. es-probe-traps: the same, mostly drafts that
 * are not handoffs (the agent's legwork, our own channels, appointments, family). es-probe-mx: the same,
 * Mexican and other Latin American wording, social replies and phone notes. es-probe-mixed: the same,
 * written last, mixed voices. es-probe-voices: the same, written for the second Spanish pass in voices the
 * others lack (third-person CRM notes, conditionals, Colombian, Chilean, Peruvian and Mexican forms, formal
 * letters, chat without accents), scored once before that pass's changes (README), then tuned on.
 * es-probe-recall: 40 drafts written for issue 15's third pass before any change of it (chat, email, CRM
 * notes, vos, Spain and Latin America), scored once (README), then tuned on. es-probe-frames: drafts
 * written for issue 15's fourth pass in batches (third-person derivation notes, parties reached directly,
 * conditionals, voseo, chat spellings, scope can'ts and hard negatives), each scored once before the
 * changes it led to (README), then tuned on.
 * es-blind-s5: written blind in the fifth session of 2026-12-06 by a writer who saw only the kind
 * definitions; scored once on the branch of issue 15's fourth pass before any change made for it
 * (README), then tuned on.
 * es-blind-s6: written blind in the sixth session of 2026-12-06 by a writer who saw only the kind
 * definitions (voseo, Chile, Colombia, Peru, Mexico, Spain, US Hispanic; utilities, health insurers,
 * transport, wallets, marketplaces); scored once on main before any change made for it (README), then tuned on.
 * es-blind-s7: written blind in the eighth session (Venezuela, Ecuador, Bolivia, Paraguay, Guatemala, Caribbean,
 * Costa Rica, Canary Islands; abbreviations, voice notes, formal letters, call notes); scored once on main before
 * any change made for it (README); a development set from then on, held to no bound until it reaches one.
 * es-blind-s8: written blind in the ninth session (Mexico, Argentina with voseo, Colombia, Chile, Peru, Uruguay,
 * El Salvador; WhatsApp, chat without accents, macros, social replies, call summaries); the same role as s7.
 * es-blind-s10: written blind in the tenth session (Chile, Peru, Ecuador, Bolivia, Paraguay, Costa Rica, Guatemala,
 * Puerto Rico, Andalusia, Catalonia, formal Mexico; CRM notes, macros, DMs, phone scripts); the same role as s7.
 * es-blind-s11: written blind in the eleventh session (Argentina and Uruguay with voseo, Venezuela, Dominican
 * Republic, Central America, informal Mexico, Madrid, Galicia, Canary Islands, US Hispanic; WhatsApp, voice notes,
 * formal letters, a chatbot handing over, impersonal back-office replies; many refusals without "poder"); the
 * same role as s7.
 * es-blind-s13: written blind in the thirteenth session (voseo, Central America, Caribbean, US Hispanic, Madrid,
 * Galicia, Canarias, Murcia; call notes, WhatsApp shorthand, insurers' and banks' letters, brand replies on X; most
 * refusals without "poder"); the same role as s7. es-blind-s14: written at the same time by another writer
 * (northern Mexico and Yucatán, Colombia, Lima, Chile, young agents in Barcelona and Valencia, Andorra and
 * Gibraltar, Filipino and Moroccan agents writing Spanish, speech-to-text, buried back-office email, visit notes,
 * Instagram); the same role. es-blind-s15: written blind in the fourteenth session (voseo, Venezuela, Ecuador,
 * Bolivia, Paraguay, the Caribbean and Miami, Costa Rica, Madrid, Andalusia, Bilbao, Zaragoza, a Colombian centre
 * serving Spain; can't-heavy: refusals stated as facts, impersonal ones, decisions already taken); the same role. es-blind-s16: written blind at the same time by another writer (Mexico,
 * Central America, Colombia, Venezuela, Córdoba, Santiago, Asturias, Valencia, Madrid, Canarias, Equatorial Guinea,
 * second-language agents; about half the refusals without "poder"), scored first at the session's end with every
 * change merged; never tuned on (SPANISH_MEASURING). es-blind-s17: written blind at the end of the fourteenth
 * session (Monterrey, Puebla, Guatemala, Nicaragua, Panamá, Cali, Arequipa, Concepción, Rosario, Mendoza, Galicia,
 * Murcia, Extremadura, Baleares, Peruvian centres serving Spain; can't-heavy, most refusals without "poder"), scored
 * first in the fifteenth session; the same role as s15. es-blind-s18: written blind in the fifteenth session (brands'
 * public replies, Montevideo, La Paz, Lima, Quito, the Caribbean, Costa Rica, Honduras, Cataluña, Navarra, Cantabria,
 * Melilla, Yucatán, Tijuana, agents in the Philippines and Morocco, voice notes), scored first at the session's end with
 * every change merged; never tuned on (SPANISH_MEASURING).
 * es-blind-spain: written blind by someone who never saw the engine,
 * scored once before any change (README), then tuned on. es-blind-latam: written blind at the same time
 * (Latin American voices), scored before Spanish existed and once after the merge; never tuned on.
 * es-blind-mixed: written blind in the third session of 2026-12-06 (Spain and Latin America, WhatsApp,
 * buried email, third-person notes, social, macros), scored once before that session's changes; never
 * tuned on. es-blind-voices: written blind in the fourth session of 2026-12-06 (voseo, Chile, Colombia,
 * Peru, Venezuela, Mexico, Central America, Spain, US Spanish with English words; chat without accents,
 * email, phone summaries, social, WhatsApp), scored once before that session's changes; never tuned on.
 * es-blind-s9: written blind in the tenth session (Spain, Mexico, Argentina and Uruguay with voseo, Colombia,
 * Venezuela, Cuba, Dominican Republic, Andean; chat without accents, WhatsApp, formal letters, US Spanish with
 * English words, phone speech-to-text), scored once on main before any change; never tuned on.
 * es-blind-s12: written blind in the twelfth session (Chile, Peru, Colombia, Ecuador, Bolivia, Paraguay, Cuba,
 * Puerto Rico, corporate Mexico, Andalucía, Cataluña, País Vasco, Equatorial Guinea; scripts, WhatsApp
 * abbreviations, chat without accents, back-office email, brand social replies, technicians' notes, public offices,
 * English terms mixed in), scored once on main before any change; never tuned on.
 */
export const SPANISH_SETS = {
  'es-dev': 'labelled-es-dev.json',
  'es-probe': 'labelled-es-probe.json',
  'es-probe-latam': 'labelled-es-probe-latam.json',
  'es-probe-traps': 'labelled-es-probe-traps.json',
  'es-probe-mx': 'labelled-es-probe-mx.json',
  'es-probe-mixed': 'labelled-es-probe-mixed.json',
  'es-probe-voices': 'labelled-es-probe-voices.json',
  'es-probe-recall': 'labelled-es-probe-recall.json',
  'es-probe-frames': 'labelled-es-probe-frames.json',
  'es-blind-spain': 'labelled-es-blind-spain.json',
  'es-blind-s5': 'labelled-es-blind-s5.json',
  'es-blind-s6': 'labelled-es-blind-s6.json',
  'es-blind-s7': 'labelled-es-blind-s7.json',
  'es-blind-s8': 'labelled-es-blind-s8.json',
  'es-blind-s10': 'labelled-es-blind-s10.json',
  'es-blind-s11': 'labelled-es-blind-s11.json',
  'es-blind-s13': 'labelled-es-blind-s13.json',
  'es-blind-s14': 'labelled-es-blind-s14.json',
  'es-blind-s15': 'labelled-es-blind-s15.json',
  'es-blind-s16': 'labelled-es-blind-s16.json',
  'es-blind-s17': 'labelled-es-blind-s17.json',
  'es-blind-s18': 'labelled-es-blind-s18.json',
  'es-blind-latam': 'labelled-es-blind-latam.json',
  'es-blind-mixed': 'labelled-es-blind-mixed.json',
  'es-blind-voices': 'labelled-es-blind-voices.json',
  'es-blind-s9': 'labelled-es-blind-s9.json',
  'es-blind-s12': 'labelled-es-blind-s12.json',
} as const;

/** Sets that measure the Spanish frames on new text: never tuned on, so held to no bound in the tests. */
export const SPANISH_MEASURING: ReadonlySet<string> = new Set([
  'es-blind-latam',
  'es-blind-mixed',
  'es-blind-voices',
  'es-blind-s9',
  'es-blind-s12',
  'es-blind-s16',
  'es-blind-s18',
]);

/**
 * Development sets not yet held to the tests' bound (their first score is below it). es-blind-s7, -s8 and
 * -s10 reached it in the tenth session's Spanish pass, es-blind-s11 (first score handoff recall 0.80, can't
 * recall 0.79) in the eleventh session's; each is held to it since. es-blind-s13 (first score handoff recall 0.84, can't
 * recall 0.50) and -s14 (0.79, 0.49) are not yet, nor -s15 (0.92, 0.46), nor -s17 (0.93, 0.67).
 */
export const SPANISH_UNBOUND: ReadonlySet<string> = new Set<string>([
  'es-blind-s13',
  'es-blind-s14',
  'es-blind-s15',
  'es-blind-s17',
]);

/** The Spanish sets that exist here. */
export function spanishSets(): [string, LabelledCase[]][] {
  return Object.entries(SPANISH_SETS)
    .filter(([, file]) => existsSync(new URL(file, FIXTURES)))
    .map(([name, file]) => [
      name,
      JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as LabelledCase[],
    ]);
}

/** Rows by language: English (every English set), each Spanish set, and Spanish together. */
export function evaluateLanguages(rules: NudgeRule[], english: LabelledCase[]): Record<string, SetScore> {
  const rows: Record<string, SetScore> = { 'en (every English set)': scoreCases(english, rules) };
  const all: LabelledCase[] = [];
  for (const [name, cases] of spanishSets()) {
    rows[name] = scoreCases(cases, rules);
    all.push(...cases);
  }
  rows['es (every Spanish set)'] = scoreCases(all, rules);
  return rows;
}

/** Handoff and can't counted over `cases` (a kind once per case), with or without the Spanish opinion. */
function totals(cases: readonly LabelledCase[], rules: NudgeRule[], learned: boolean): string {
  const parts: string[] = [];
  for (const kind of ['handoff', 'cant'] as const) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of cases) {
      const got = analyse({ text: c.text, draft: c.draft }, rules, { learned }).some((n) => n.kind === kind);
      const want = c.expect.includes(kind);
      if (got && want) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b).toFixed(3);
    parts.push(
      `${kind} ${ratio(tp, tp + fp)} / ${ratio(tp, tp + fn)} (${tp} found, ${fp} false, ${fn} missed)`,
    );
  }
  return parts.join('; ');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await import('./english');
  const { starterRules } = await import('./nudge-sets');
  const measuring = spanishSets()
    .filter(([name]) => SPANISH_MEASURING.has(name))
    .flatMap(([, cases]) => cases);
  console.log(
    `Never-tuned Spanish sets together (${[...SPANISH_MEASURING].join(', ')}; ${measuring.length} cases):`,
  );
  console.log(`  phrases alone:         ${totals(measuring, starterRules(), false)}`);
  console.log(`  with the opinion:      ${totals(measuring, starterRules(), true)}`);
}
