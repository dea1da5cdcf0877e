// Someone else named as the one who acts, with "who" or "that": "it'll be our credit team who
// contacts you", "the engineer who installed it will be your contact". The caller drops these when
// the agent says they stay the contact, as for the other "someone else has it" phrasings.
import { clauseBefore } from './cues';
import { NAMED, TEAM, THEY_DO } from './handoff-parties';

// "It'll be our credit control team who contacts you about the balance."
const CLEFT = new RegExp(
  String.raw`\bit(?:'ll| will|'s| is| would|'d| should| may| might)(?: (?:now|then|actually|probably|likely))? be (?<target>${TEAM}|${NAMED}) (?:who|that) (?:will |'ll |can |would |should |then |now )?${THEY_DO}\b`,
);
// "… will be your contact from now on": a new contact for the customer.
const NEW_CONTACT =
  /\b(?:will|'ll|is going to|are going to|shall) (?:now )?be your (?:new |main |dedicated |single |direct |only )?(?:point of contact|contact|case (?:owner|handler|manager|officer)|go-to)\b/;
// The agent, the customer, a number or nobody in particular as the subject of the clause.
const SELF_BEFORE = /^\s*(?:(?:and|so|but|then) )?(?:i|we|i'll|we'll|i'm|we're|me|you|it|this|that|there)\b|^\s*$/;

/** Where `text` names someone else as the one who acts on the case, and who when it says. */
export function findWho(
  text: string,
  usable: (index: number) => boolean,
): { index: number; target?: string } | undefined {
  const cleft = CLEFT.exec(text);
  if (cleft && usable(cleft.index)) return { index: cleft.index, target: cleft.groups?.target };
  const contact = NEW_CONTACT.exec(text);
  if (contact && usable(contact.index) && !SELF_BEFORE.test(clauseBefore(text, contact.index))) {
    return { index: contact.index };
  }
  return undefined;
}
