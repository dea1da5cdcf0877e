// The nudge eval's two checks beside precision and recall: the phrase layer's time per draft update
// (cold and while typing) and how the limits read real customer messages nobody here wrote (BANKING77).
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { analyse, type NudgeRule } from '../nudges/index';
import { percentile, round } from './bench-stats';
import type { LabelledCase } from './eval-nudges';

const BANKING = fileURLToPath(new URL('../../../shared/data/banking77/train-queries.json', import.meta.url));

/** p50 and p95 of a list of times, in ms rounded to the microsecond (0 for no times). */
export function spread(times: number[]): { p50: number; p95: number } {
  const ms = (p: number) => (times.length === 0 ? 0 : round(percentile(times, p), 3));
  return { p50: ms(50), p95: ms(95) };
}

/**
 * Analysis time per draft update. cold: each case analysed once, nothing cached (after a warm-up on
 * other text, so the regular expressions are compiled). typing: drafts of 8 cases joined (about
 * 400–1,000 characters) typed 4 characters at a time beside the customer's message, each update
 * timed, as the panel sees them.
 */
export function timeCases(cases: LabelledCase[], rules: NudgeRule[]): Record<string, number> {
  analyse({ text: 'Warm-up: I want a $45 refund.', draft: "I can't, you'll need to call billing." }, rules);
  const cold = cases.map((c) => {
    const start = performance.now();
    analyse({ text: c.text, draft: c.draft }, rules);
    return performance.now() - start;
  });
  const drafts = cases.flatMap((c) => (c.draft ? [c.draft] : []));
  const messages = cases.flatMap((c) => (c.text ? [c.text] : []));
  const typing: number[] = [];
  let longest = 0;
  for (let i = 0; i + 8 <= drafts.length; i += 8) {
    const draft = drafts.slice(i, i + 8).join(' ');
    const text = messages[(i / 8) % Math.max(1, messages.length)];
    longest = Math.max(longest, draft.length);
    for (let end = 1; end <= draft.length; end += 4) {
      const start = performance.now();
      analyse({ text, draft: draft.slice(0, end) }, rules);
      typing.push(performance.now() - start);
    }
  }
  const c = spread(cold);
  const t = spread(typing);
  return {
    cases: cases.length,
    coldP50: c.p50,
    coldP95: c.p95,
    updates: typing.length,
    typingP50: t.p50,
    typingP95: t.p95,
    longestDraft: longest,
  };
}

/**
 * Real customer messages nobody here wrote (BANKING77, a bank's support, in shared/data), with their
 * intents as rough labels: how often a refund request gets a refund nudge, and how often a message
 * about a refund already under way, or any other message, gets a limit nudge it should not.
 */
export function externalCheck(rules: NudgeRule[], path = BANKING): Record<string, number> | undefined {
  if (!existsSync(path)) return undefined;
  const messages = JSON.parse(readFileSync(path, 'utf8')) as { text: string; intent: string }[];
  const share = (intent: (i: string) => boolean, hit: (rules: (string | undefined)[]) => boolean) => {
    const picked = messages.filter((m) => intent(m.intent));
    const hits = picked.filter((m) => hit(analyse({ text: m.text }, rules).map((n) => n.rule)));
    return Math.round((hits.length / Math.max(1, picked.length)) * 1000) / 1000;
  };
  const refund = (found: (string | undefined)[]) =>
    found.some((id) => rules.find((r) => r.id === id)?.action === 'refund');
  const any = (found: (string | undefined)[]) => found.some((id) => id !== undefined);
  return {
    requestRefundWithRefundNudge: share((i) => i === 'request_refund', refund),
    refundNotShowingUpWithLimitNudge: share((i) => i === 'Refund_not_showing_up', any),
    otherIntentsWithLimitNudge: share((i) => i !== 'request_refund' && i !== 'Refund_not_showing_up', any),
  };
}
