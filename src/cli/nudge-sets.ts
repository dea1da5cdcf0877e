// The labelled nudge sets (test/fixtures/nudges/) the evaluation, the benchmark and the second
// opinion's training read: which file each set is, and which sets are never tuned on.
import { readFileSync } from 'node:fs';
import type { NudgeKind, NudgeRule } from '../nudges/index';

export interface LabelledCase {
  id: string;
  text?: string;
  draft?: string;
  expect: NudgeKind[];
}

const FIXTURES = new URL('../../test/fixtures/nudges/', import.meta.url);
const STARTER = new URL('../storage/starter-pack.json', import.meta.url);

/**
 * The labelled English sets, in the order they were written. How each was written and used (tuned on,
 * or kept for measuring) and its first score are in test/fixtures/nudges/README.md; the never-tuned
 * ones are HELD_OUT below.
 */
export const SETS = {
  tuning: 'labelled-tuning.json',
  dev: 'labelled-dev.json',
  round2: 'labelled-round2.json',
  round3: 'labelled-round3.json',
  round4: 'labelled-round4.json',
  round5: 'labelled-round5.json',
  round6: 'labelled-round6.json',
  holdout: 'labelled-holdout.json',
  round7: 'labelled-round7.json',
  holdout2: 'labelled-holdout2.json',
  round8: 'labelled-round8.json',
  holdout3: 'labelled-holdout3.json',
  holdout4: 'labelled-holdout4.json',
  holdout5: 'labelled-holdout5.json',
  holdout6: 'labelled-holdout6.json',
  holdout7: 'labelled-holdout7.json',
  'blind-chat': 'labelled-blind-chat.json',
  'blind-email': 'labelled-blind-email.json',
  'blind-social': 'labelled-blind-social.json',
  'real-replies': 'real-replies-labelled.json',
  'real-held-out': 'real-replies-held-out.json',
  'blind-notes': 'labelled-blind-notes.json',
  'limits-reading': 'labelled-limits-reading.json',
  'social-care': 'labelled-social-care.json',
  'blind-chat-limits': 'labelled-blind-chat-limits.json',
  'blind-voices': 'labelled-blind-voices.json',
  'blind-limit-asks': 'labelled-blind-limit-asks.json',
  'blind-limits-l3': 'labelled-blind-limits-l3.json',
  'blind-desks': 'labelled-blind-desks.json',
  'blind-sectors': 'labelled-blind-sectors.json',
  'blind-trades': 'labelled-blind-trades.json',
  'blind-brands': 'labelled-blind-brands.json',
  'blind-services': 'labelled-blind-services.json',
  'blind-e11': 'labelled-blind-e11.json',
  'blind-limits-l4': 'labelled-blind-limits-l4.json',
  'blind-t1': 'labelled-blind-t1.json',
  'blind-t2': 'labelled-blind-t2.json',
  'blind-t3': 'labelled-blind-t3.json',
  'blind-t4': 'labelled-blind-t4.json',
  'blind-e12': 'labelled-blind-e12.json',
  'blind-t5': 'labelled-blind-t5.json',
  'blind-t6': 'labelled-blind-t6.json',
  'blind-t7': 'labelled-blind-t7.json',
  'blind-e13': 'labelled-blind-e13.json',
  'blind-limits-l5': 'labelled-blind-limits-l5.json',
  'blind-t8': 'labelled-blind-t8.json',
  'blind-t9': 'labelled-blind-t9.json',
  'blind-e14': 'labelled-blind-e14.json',
  'blind-limits-l6': 'labelled-blind-limits-l6.json',
  'blind-limits-l7': 'labelled-blind-limits-l7.json',
  'blind-t10': 'labelled-blind-t10.json',
  'blind-e15': 'labelled-blind-e15.json',
  'blind-limits-l8': 'labelled-blind-limits-l8.json',
  'blind-limits-l9': 'labelled-blind-limits-l9.json',
  'blind-limits-l10': 'labelled-blind-limits-l10.json',
  'blind-t11': 'labelled-blind-t11.json',
  'blind-e16': 'labelled-blind-e16.json',
  'blind-t12': 'labelled-blind-t12.json',
  'blind-t13': 'labelled-blind-t13.json',
  'blind-e17': 'labelled-blind-e17.json',
  'blind-limits-l11': 'labelled-blind-limits-l11.json',
  'blind-limits-l12': 'labelled-blind-limits-l12.json',
  'blind-t14': 'labelled-blind-t14.json',
  'blind-limits-l13': 'labelled-blind-limits-l13.json',
  'blind-t15': 'labelled-blind-t15.json',
  'blind-t16': 'labelled-blind-t16.json',
  'blind-e18': 'labelled-blind-e18.json',
  'blind-t17': 'labelled-blind-t17.json',
  'blind-limits-l14': 'labelled-blind-limits-l14.json',
  'blind-e19': 'labelled-blind-e19.json',
  'blind-t18': 'labelled-blind-t18.json',
} as const;

/**
 * Sets kept out of the "tuned" total (the phrases were never tuned on them): holdout7, written blind
 * during round 12 by someone who never saw the engine; blind-social, written blind in a social-media
 * voice by a writer who never saw the code or the fixtures; blind-notes (phone notes, non-native, macros, B2B email), blind-chat-limits
 * (live chat, macros, limit asks) and blind-desks (B2B and public-sector email, macros, WhatsApp,
 * English as a second language) and blind-sectors (developer, telecom, travel, clinic, campus IT, gaming
 * and utility desks; buried sentences, dictation, templates) and blind-services (hotels, insurance
 * claims, school offices, vets, SaaS billing, car dealers), each written blind and scored once before any change made for it.
 * blind-e11 (brand social replies, specialist teams and their ways in, partner companies, forums, conditional
 * handoffs, English as a second language; sixth session) was scored once before any change made for it and
 * is a tuning set. blind-limits-l4 (150 customer messages with and without amounts asked, sixth session) is
 * never tuned on either. blind-chat, blind-email and the labelled real replies were held out too until issue 14's and 15's
 * second rounds studied their misses: they are tuning sets now. So are the held-out real agent replies
 * (two companies' accounts) since the sixth session, when one of their replies was read while a false
 * handoff was traced.
 * blind-t1 to blind-t4 (1,000 drafts in four new voices and trades, seventh session) are training data for the
 * second opinion; blind-e12 (200, written blind at the same time) is never tuned on.
 * blind-t5 to blind-t7 (750 drafts, eighth session) are training data too; blind-e13 (200) is never tuned on;
 * blind-limits-l5 (150 customer messages) is the limits' development set from then on.
 * blind-t8 (250 social-media replies by brand accounts) and blind-t9 (250 drafts, most of them close calls with
 * neither kind) are training data (ninth session); blind-e14 (200) is never tuned on; blind-limits-l6 (150
 * customer messages) joins the limits' development sets; blind-limits-l7 (150, written at the same time) is never
 * tuned on. blind-t10 (250 drafts, tenth session) is training data; blind-e15 (200, written at the same time) is never tuned on; blind-limits-l8 (150 customer messages, tenth session) is never tuned on either; blind-limits-l9 (150, written at the same time) is a limits development set.
 * blind-limits-l10 (150 customer messages, eleventh session) is a limits development set; blind-t11 (250 drafts,
 * eleventh session) is training data; blind-e16 (200, written at the same time) is never tuned on.
 * blind-t12 (250 drafts) and blind-t13 (250 public social-media replies by brand accounts) are training data (twelfth
 * session); blind-e17 (200, written at the same time) is never tuned on, nor is blind-limits-l11 (150 customer messages).
 * blind-limits-l12 (150 customer messages, thirteenth session) is a limits development set; blind-t14 (250 drafts,
 * the same session) is training data. blind-limits-l13 (150 customer messages, fourteenth session) is a limits
 * development set; blind-t15 and blind-t16 (250 drafts each, the same session) are training data;
 * blind-e18 (200 drafts, written at the same time, scored first at the session's end with every change merged) is
 * never tuned on. blind-t17 (250 drafts, fifteenth session) is training data; blind-limits-l14 (150 customer messages,
 * the same session) is a limits development set; blind-e19 (200 public replies of brands' support accounts, written at
 * the same time, scored first at the session's end with every change merged) is never tuned on. blind-t18 (250
 * drafts, the same session) is training data, not yet in the opinion's folds (WRITERS of scripts/train-nudges.ts).
 */
export const HELD_OUT: ReadonlySet<string> = new Set<string>([
  'holdout7',
  'blind-social',
  'blind-notes',
  'blind-chat-limits',
  'blind-desks',
  'blind-sectors',
  'blind-services',
  'blind-limits-l4',
  'blind-e12',
  'blind-e13',
  'blind-e14',
  'blind-limits-l7',
  'blind-e15',
  'blind-limits-l8',
  'blind-e16',
  'blind-e17',
  'blind-limits-l11',
  'blind-e18',
  'blind-e19',
]);

export function loadCases(set: keyof typeof SETS): LabelledCase[] {
  return JSON.parse(readFileSync(new URL(SETS[set], FIXTURES), 'utf8')) as LabelledCase[];
}

export function starterRules(): NudgeRule[] {
  return (JSON.parse(readFileSync(STARTER, 'utf8')) as { rules: NudgeRule[] }).rules;
}
