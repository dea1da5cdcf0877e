// Support language: phrases customers use for the same problem. Suggestions add the other phrases of a
// group when one appears in a message, so "I want my money back" also looks for "refund".
import { termsOf } from './normalize';

/** Orders, billing and accounts. */
const ORDERS = `refund|money back|reimburse|reimbursement|repay me|pay me back
double charge|charged twice|duplicate charge|duplicate payment|billed twice|two charges|charged two times|paid twice|charged double|same transaction twice
auto renew|renewed|automatically renewed|another year|another full year|rolled over|carry on charging|kept charging
cancel subscription|end my plan|end my subscription|stop my subscription|cancel my plan|cancel my membership|unsubscribe|stop paying
late delivery|not arrived|has not arrived|has not moved|did not arrive|never arrived|not delivered|still waiting|not received|have not received|where is my order|delayed
damaged|broken|cracked|smashed|defective|faulty|dented
locked|blocked|frozen|suspended|disabled
locked out|can not log in|can not sign in|unable to log in|unable to sign in|will not let me log in|login problem|password
password reset|forgot password|forgot my password|reset my password|forgotten password
wrong item|wrong product|incorrect item|not what i ordered|wrong size|wrong colour
missing item|item missing|missing from my order|not in the box|incomplete order
return|send back|send it back|return label
replacement|swap it|new one
tracking|track my order|tracking number|where is my parcel|where is my package
shipping|postage|courier|shipment
edit personal details|change my address|new address|moved house|update my address|change my name
invoice|receipt|billing statement
discount|promo code|coupon|voucher|promotion code
fee|extra charge|surcharge|commission|additional charge|hidden charge
declined|rejected|refused|denied|did not go through|not accepted|not authorised|not authorized
pending|processing|on hold|stuck|not cleared|still showing
terminate account|close my account|delete my account|cancel my account|remove my data
upgrade|higher plan|premium plan
downgrade|cheaper plan|lower plan
not working|stopped working|does not work|crashes|crashing|keeps failing|non functional|not functioning|malfunctioning|malfunction|will not work|does not function
slow|takes forever|lagging|loading forever
complaint|unhappy|disappointed|terrible service|furious|angry|dismissive|rude|unprofessional|unacceptable
hung up|put the phone down|put down the phone|cut me off|ended the call|closed the chat on me|shut the chat
warranty|guarantee
verify identity|identity verification|prove my identity|id check|kyc|verification
age limit|minimum age|how old|under 18|too young`;

/** Payments and cards. */
const PAYMENTS = `not recognised|do not recognise|do not recognize|not recognized|did not make|not mine|unauthorised|unauthorized|fraud
lost or stolen|lost|stolen|misplaced|missing card
card swallowed|atm took my card|atm kept my card|atm ate my card|card stuck in the atm|card trapped|machine kept my card
atm|cash machine|cashpoint|cash point
cash withdrawal|withdraw cash|take out cash|took out cash|take out money|took out money|get cash|withdraw money
top up|topup|add money|load money|add funds|put money in|fund my account
transfer|send money|sent money|wire|bank transfer|payment to a friend
exchange rate|conversion rate|rate of exchange|currency conversion|converted
contactless|tap to pay|tap my card|tap and pay|nfc
virtual card|digital card|online card
disposable card|single use card|one time card|burner card
apple pay|google pay|mobile wallet|phone payment
card arrival|card has not arrived|card not arrived|waiting for my card|where is my card|card never came|have not received my card|card still not here
passcode|passcode forgotten|app code|login code
wrong amount|less money|only got|not the full amount|short changed|incorrect amount
compromised card|card was hacked|someone used my card|card details stolen|skimmed`;

/** General support words: a customer's word for the one an article is likely to use. */
const GENERAL = `cancel|call off|stop|abort|undo
cost|price|pricing|how much does|how much is|how much will
change|modify|amend|alter|update
delete|remove|erase
purchase|buy|bought
wrong|incorrect|mistake|by mistake|mistakenly|accidentally|by accident|erroneous
abroad|overseas|foreign|international|another country|other countries|travelling|traveling
activate|enable|turn on|switch on
limit|maximum|max|cap|how much can
phone|mobile|smartphone|cell phone|cellphone
how long|how much time|time frame|timeframe|eta|how many days
money|funds
identity|id|identification|passport|driving licence|driver license|photo id
free|no charge|free of charge|no fee|without charge|at no cost
forgot|forgotten|can not remember|do not remember
contact|speak to|talk to|get in touch
sign up|register|create an account|open an account
log in|login|sign in|log on
expire|expiry|expiration|expired|out of date`;

/**
 * Each group (a line, phrases apart by "|"): the first phrase is the canonical wording (what an article title
 * would say), the rest are what customers write instead. Words are matched after folding and stemming, so
 * "charged" covers "charge".
 */
export const SUPPORT_SYNONYMS: readonly (readonly string[])[] = [ORDERS, PAYMENTS, GENERAL]
  .join('\n')
  .split('\n')
  .map((line) => line.split('|'));

export interface SynonymPhrase {
  terms: string[];
  group: number;
}

let phrases: SynonymPhrase[] | null = null;

/** Every phrase of every group as index terms, longest first (so "money back" wins over "back"). */
export function synonymPhrases(): SynonymPhrase[] {
  if (!phrases) {
    phrases = SUPPORT_SYNONYMS.flatMap((group, g) =>
      group.map((phrase) => ({ terms: termsOf(phrase), group: g })),
    )
      .filter((phrase) => phrase.terms.length > 0)
      .sort((a, b) => b.terms.length - a.terms.length);
  }
  return phrases;
}

/**
 * Groups whose phrases occur (as consecutive terms) in a term sequence. Longer phrases claim their words
 * first, so "exchange rate" does not also count as "exchange".
 */
export function findSynonymGroups(terms: readonly string[]): Set<number> {
  const found = new Set<number>();
  const claimed = new Uint8Array(terms.length);
  for (const phrase of synonymPhrases()) {
    const at = findFreeSequence(terms, phrase.terms, claimed);
    if (at < 0) continue;
    claimed.fill(1, at, at + phrase.terms.length);
    found.add(phrase.group);
  }
  return found;
}

/** The phrases of a group as index terms, canonical first. */
export function groupPhrases(group: number): string[][] {
  return (SUPPORT_SYNONYMS[group] ?? []).map((phrase) => termsOf(phrase));
}

function findFreeSequence(
  terms: readonly string[],
  sequence: readonly string[],
  claimed: Uint8Array,
): number {
  const first = sequence[0]!;
  outer: for (let i = terms.indexOf(first); i >= 0; i = terms.indexOf(first, i + 1)) {
    if (i + sequence.length > terms.length) return -1;
    for (let k = 0; k < sequence.length; k++) {
      if (claimed[i + k] === 1 || terms[i + k] !== sequence[k]) continue outer;
    }
    return i;
  }
  return -1;
}
