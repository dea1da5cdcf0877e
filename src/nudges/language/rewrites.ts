// Own-it and can-do sentences the panel can insert in place of a handoff or a can't. "[time]" and
// "[…]" mark what only the agent can fill in; nothing here promises more than the agent controls.
// The rewrites go into the customer's reply, whose language the detectors read (English), and quote
// the agent's own words, so they stay English; the advice to the agent speaks the agent's language.
import { t } from '../../shared/i18n';
import type { CantHit } from './cant';
import type { HandoffHit } from './handoff/index';

const VAGUE = /^(?:they|them|who|he|she|him|her|someone|somebody|it)$/;

/** The target as the agent wrote it (original casing), when the sentence contains it. */
function asWritten(target: string | undefined, sentence: string): string | undefined {
  if (!target || VAGUE.test(target)) return undefined;
  const at = sentence.toLowerCase().indexOf(target);
  return at >= 0 ? sentence.slice(at, at + target.length) : target;
}

export function handoffRewrite(found: HandoffHit, sentence: string): string {
  const target = asWritten(found.target, sentence);
  switch (found.type) {
    case 'transfer':
      return `I'll stay with you on this: I'm checking with ${target ?? 'the right colleague'} myself and will get back to you by [time].`;
    case 'contact':
      if (!target || /^[\d+(]|@/.test(target)) {
        return "I'll contact the right people for you and get back to you by [time] with their answer.";
      }
      if (/^your\b/i.test(target)) {
        return `I'll tell you exactly what to ask ${target}, and I'll follow up with you myself by [time] to make sure it's sorted.`;
      }
      return `I'll contact ${target} for you and get back to you by [time] with what they say.`;
    case 'ticket':
      return `No need to open a new ticket: I'll take this to ${target ?? 'the right team'} myself and update you here by [time].`;
    case 'others':
      return `I'll stay your point of contact: I'm working on this with ${target ?? 'my colleagues'} behind the scenes and will get back to you myself by [time].`;
    case 'scope':
      return "I'll make sure this gets sorted: I'm checking with the right colleague now and will get back to you myself by [time].";
  }
}

export function handoffMessage(found: HandoffHit, sentence: string): string {
  const target = asWritten(found.target, sentence);
  if (!target) return t('nudgeHandoffElsewhere');
  return /^[\d+(]|@/.test(target) ? t('nudgeHandoffContact', target) : t('nudgeHandoffNamed', target);
}

const TOPICS =
  /\b(refund|exchange|replacement|return|delivery|address|order|subscription|cancellation|booking|voucher|discount|fee|payment|account|price|warranty|repair|change)s?\b/;

export function cantRewrite(found: CantHit, normalSentence: string): string {
  const topic = TOPICS.exec(normalSentence)?.[1];
  const about = topic ? ` about the ${topic}` : '';
  switch (found.type) {
    case 'policy':
      return `Here's what I can do${about} within our policy: [the option you can offer], and I'll take care of it today.`;
    case 'nothing':
      return "Here's what I can do right now: [the best option you can offer], and I'll confirm it with you by [time].";
    case 'impossible':
      return `Here's the closest I can do${about}: [the alternative you can offer], and I'll set it up for you today.`;
    default:
      return `What I can do${about} is [the alternative you can offer], and I'll confirm it with you by [time].`;
  }
}

/** The advice on a can't sentence. */
export function cantMessage(): string {
  return t('nudgeCant');
}
