// The nudge engine's entry point: one pass over the customer's message and the agent's draft.

import { draftLanguageNudges } from './draft-language';
import type { CantHit } from './language/cant';
import { type LanguageDetector, languageDetector } from './language/detector';
import type { HandoffHit } from './language/handoff/index';
import { cantMessage, cantRewrite, handoffMessage, handoffRewrite } from './language/rewrites';
import { type LimitFinding, matchEmpowerment } from './limits/empowerment';
import { overMessage, withinMessage } from './limits/limit-messages';
import type { TeamPhrases } from './team-phrases';
import { type Doc, prepare } from './text/document';
import { Memo } from './text/memo';
import { writtenNames } from './text/names';
import { type AnalyseInput, type Nudge, type NudgeRule, PRINCIPLES } from './types';

const HANDOFFS = new Memo<HandoffHit | undefined>();
const CANTS = new Memo<CantHit | undefined>();
/** Detectors built with a team's extra phrases get their own memo key. */
const KEYS = new WeakMap<LanguageDetector, string>();
let detectors = 0;

function languageNudges(draft: Doc, language: LanguageDetector): { nudges: Nudge[]; flagged: Set<number> } {
  let key = KEYS.get(language);
  if (key === undefined) {
    key = `${language.language}#${detectors++}\u0000`;
    KEYS.set(language, key);
  }
  const handoffs: Nudge[] = [];
  const cants: Nudge[] = [];
  const flagged = new Set<number>();
  draft.sentences.forEach((sentence, i) => {
    const raw = draft.raw.slice(sentence.start, sentence.end);
    const range: [number, number] = [sentence.start, sentence.end];
    const nearby = [draft.sentences[i - 1]?.text, draft.sentences[i + 1]?.text].filter(Boolean).join(' ');
    const names = writtenNames(raw);
    const handoff = HANDOFFS.get(
      `${key}${sentence.text}\u0000${language.nearbyKey(nearby)}\u0000${[...names].join(' ')}`,
      () => language.handoff(sentence.text, nearby, names),
    );
    if (handoff) {
      flagged.add(sentence.index);
      handoffs.push({
        kind: 'handoff',
        message: handoffMessage(handoff, raw),
        principle: PRINCIPLES.handoff,
        range,
        rewrite: handoffRewrite(handoff, raw),
      });
    }
    const cant = CANTS.get(`${key}${sentence.text}`, () => language.cant(sentence.text));
    if (cant) {
      flagged.add(sentence.index);
      cants.push({
        kind: 'cant',
        message: cantMessage(),
        principle: PRINCIPLES.cant,
        range,
        rewrite: cantRewrite(cant, sentence.text),
      });
    }
  });
  return { nudges: [...handoffs, ...cants], flagged };
}

export interface AnalyseOptions {
  /** The English detector (`compileLanguage`, `languageDetector`); the built-in English by default. */
  language?: LanguageDetector;
  /** The team's own words (options page and packs), for either language. */
  phrases?: TeamPhrases;
  /** `false`: Spanish drafts get the phrases' nudges alone, without the learned Spanish opinion's. */
  learned?: boolean;
}

function limitNudge(finding: LimitFinding): Nudge {
  const within = finding.kind === 'within-limit' || (finding.kind === 'rule-note' && !finding.beyond);
  const nudge: Nudge = {
    kind: finding.kind,
    message: within ? withinMessage(finding) : overMessage(finding),
    principle: within ? PRINCIPLES.withinLimit : PRINCIPLES.overLimit,
    rule: finding.rule.id,
  };
  if (finding.amount !== undefined) nudge.amount = finding.amount;
  if (finding.currency !== undefined) nudge.currency = finding.currency;
  if (finding.beyond) nudge.beyond = true;
  return nudge;
}

/** Rules whose shape the engine can read; anything else is skipped rather than thrown on. */
function usableRules(rules: unknown): NudgeRule[] {
  if (!Array.isArray(rules)) return [];
  return rules.filter(
    (rule): rule is NudgeRule =>
      !!rule && typeof rule === 'object' && typeof rule.id === 'string' && typeof rule.action === 'string',
  );
}

/**
 * Nudges for a customer's message (`text`) and the agent's reply draft (`draft`), most useful
 * first: a "yes, it's yours to approve" where the draft refuses, hands off or seeks approval;
 * then handoffs, can'ts, over-limit and within-limit nudges, and last the quiet rule notes (what a
 * rule with no money limit allows: a replacement, a return-window extension). One nudge per kind and sentence
 * (handoff, can't) or rule (limits), except that the part a draft gives within the limit beside an
 * over-limit ask ("I've put $50 on now and asked about the rest") is a within-limit nudge too.
 */
export function analyse(
  input: AnalyseInput,
  rules: readonly NudgeRule[],
  options: AnalyseOptions = {},
): Nudge[] {
  const text = prepare('text', input?.text);
  const draft = prepare('draft', input?.draft);
  // Spanish drafts are read by the Spanish frames; the team's own words join either language.
  const english = (doc: Doc) => languageNudges(doc, options.language ?? languageDetector('en'));
  const { nudges: language, flagged } = draftLanguageNudges(
    draft,
    options.phrases,
    english,
    options.learned !== false,
  );
  const limits = matchEmpowerment([text, draft], usableRules(rules), flagged);
  const boosted = limits.filter((f) => f.boosted).map(limitNudge);
  const over = limits.filter((f) => f.kind === 'over-limit').map(limitNudge);
  const within = limits.filter((f) => f.kind === 'within-limit' && !f.boosted).map(limitNudge);
  const notes = limits.filter((f) => f.kind === 'rule-note' && !f.boosted).map(limitNudge);
  return [...boosted, ...language, ...over, ...within, ...notes];
}
