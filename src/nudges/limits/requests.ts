// What is asked for or offered, in one canonical sentence (normalize.ts; money is "¤"): refund,
// credit/voucher/gift card, replacement/exchange, fee waiver, discount, expedited shipping.
import type { RuleAction } from '../../shared/model';
import { type Reading, reads } from './binding-settings';
import { replacesAnItem } from './replaced-object';

export interface Mention {
  action: RuleAction;
  /** [start, end) in the canonical sentence text. */
  start: number;
  end: number;
}

const FEE_KIND =
  `(?:late|late payment|admin|administration|administrative|service|restocking|cancellation|penalty` +
  `|processing|overdraft|booking|change|rebooking|reconnection|reactivation|card|interest|monthly` +
  `|annual|missed payment|failed payment|returned payment|early termination|termination)`;

const MONEY_WORDS = `currenc(?:y|ies)|money|cash|crypto|cryptocurrency|usd|eur|gbp|aud|cad|dollars|euros|pounds|fiat|bitcoin|foreign|¤`;
// A sentence about changing money, where "exchange" is not swapping an item.
const CURRENCY_TALK = String.raw`currenc(?:y|ies)|fiat|crypto\w*|bitcoin|usd|eur|gbp|aud|cad|rubles?|roubles?|dollars|euros|pounds|yen|money|cash`;

const FEE_VERB =
  `(?:remov(?:e|ed|ing)|revers(?:e|ed|ing)|refund(?:ed|ing)?|cancel(?:led|ling)?|drop(?:ped|ping)?|take` +
  `|took|taken|taking|wip(?:e|ed|ing)|scrap(?:ped)?|knock(?:ed)?|get rid of|got rid of|write off` +
  `|wrote off|written off|waiv(?:e|ed|ing))(?: off)?`;

const LEXICON: [RuleAction, RegExp][] = [
  [
    'refund',
    // A paper about a refund is not one: "send me the refund transaction reference".
    /\brefund(?:s|ed|ing)?\b(?! (?:policy|policies|process|status|window|period|time|times|terms|rules|(?:transaction |payment )?(?:reference|ref|number|id|receipt|confirmation|slip|trace)s?\b))/,
  ],
  [
    'refund',
    // "How can I pay it back?": the customer paying, not asking; "return the ¤ coat" is an item.
    new RegExp(
      String.raw`\b(?:money back|reimburs(?:e|ed|ing|ement)|(?<!\b(?:i|we)\b(?: (?!you\b)[\w']+){0,3} )pay (?:me|` +
        String.raw`us|you|it|this|that|them) back|repa(?:y|id)|return (?:my|the|your|our) (?:money\b|deposit\b|` +
        String.raw`¤(?! (?!(?:back|to|please|pls|asap|now|today|immediately|right|straight|` +
        String.raw`already|and|or|so|as|by|within|in|into|on|onto|for|from|because|since|` +
        String.raw`which|that|i|you|we|refund)\b|\w+ly\b)[a-z]))|return of (?:my |the |our )?(?:money|` +
        String.raw`payment|funds)\b)`,
    ),
  ],
  [
    'refund',
    // "charged me $180 twice and I want it back": "it" is the money charged.
    /\b(?:charged|overcharged|billed|debited|took|taken)\b(?: [\w']+| ¤){0,6} (?:i|and i)? ?(?:want|need|would like|'d like) (?:it|that|this) back\b/,
  ],
  [
    'refund',
    // "I want the ¤ for the set back": the thing paid for may come between the money and "back"; "the ¤
    // difference back": a word of money only.
    new RegExp(
      String.raw`\b(?:my|the|your|our|me|you) ¤(?: (?:for|on) (?:the|my|our|that|this) [\w-]+| (?:difference|balance|excess|overcharge))? back\b(?! (?:in|then|when|during|at)\b)` +
        String.raw`|(?<!\S)¤ back\b|\bgive (?:me|you|us) back (?:(?:my|your|the|our) )?(?:money|¤)`,
    ),
  ],
  [
    'refund',
    /\bcredit(?:ed|ing)? (?:it |this |that |the (?:amount|money|payment|charge) |¤ |you ¤ )?back (?:to|on|onto) (?:your|my|the) (?:card|bank|account|original|payment|visa|mastercard|paypal|amex)/,
  ],
  // "Could you credit back the $9.99 roaming charge?": a charge given back.
  ['refund', /\bcredit (?:me |us )?back (?:the|that|this|my)\b/],
  [
    'refund',
    /\b(?:transfer|send|pay|put)(?:s|red|ring|ing)? (?:(?:the (?:money|funds|amount)|¤) back\b|it back (?:on|onto|to|into) (?:my|your|the) (?:card|account|bank|visa|mastercard|paypal|original))/,
  ],
  [
    'refund',
    /\bcover (?:the )?(?:cost of|shipping|postage|return shipping|return postage|delivery charge|delivery|repair|bill)\b/,
  ],
  // A charge taken back: "I need one of those reversed", "reverse the duplicate payment".
  [
    'refund',
    new RegExp(
      String.raw`\b(?:one of (?:them|(?:those|these|the) (?:charges|payments|transactions)|those|these)|the (?:duplicate|double|` +
        String.raw`extra|second)(?: (?:charge|payment|transaction))?) (?:reversed|refunded|returned|taken off|cancell?ed)\b|\brevers(?:e|ed|ing)` +
        String.raw` (?:one of (?:them|those|these|the (?:charges|payments|transactions))|the (?:duplicate|double|extra|second)` +
        String.raw`(?: (?:charge|payment|transaction))?|the (?:¤ )?(?:charge|payment|transaction))\b`,
    ),
  ],
  [
    'credit',
    new RegExp(
      String.raw`\b(?:store|account|goodwill|service|travel|wallet|loyalty) credit\b|\bcredit (?:to|on|onto|into) ` +
        String.raw`(?:your|my|the) account\b|\bcredit(?:ed)? (?:your|my) account\b|(?:\b(?:a|some|an)|(?<!\S)(?<!\b` +
        String.raw`(?:is|are|was|were|be|been|remains?|stays?|now|still) )¤(?: in| of| worth of)?) credit\b(?! (?:card` +
        String.raw`|check|score|limit|report|rating|history))`,
    ),
  ],
  [
    'credit',
    /\b(?:something|anything) (?:for|to make up for) (?:the|my|this|all the) (?:inconvenience|trouble|hassle|wait|delay|stress)\b/,
  ],
  [
    'credit',
    new RegExp(
      String.raw`\bcredit(?:ed|ing)? (?:you |your account )?(?:with )?¤|(?<!\S)¤ (?:credited|added) to (?:your` +
        String.raw`|my) account\b|\b(?:put|putting|popped|pop|add|added|adding|place|placed) (?:an extra |another )?¤ ` +
        String.raw`(?:on|onto|to|into) (?:your|my) account\b`,
    ),
  ],
  // Using, checking or already having a gift card or voucher is not asking for one; "your account
  // is $45 in credit" (above) is a balance.
  [
    'credit',
    new RegExp(
      String.raw`(?<!\b(?:use|using|redeem|redeeming|apply|applying|spend|spending|activate|activating|check|checking` +
        String.raw`|lost|load|loading|top up|(?<!\b(?:can|could|may|might) (?:i|we) )have|had|got|received|hold|holding|bought|purchased) (?:my|a|the|this|your` +
        String.raw`|an|our|two|both|these|those|all|multiple|several|\d+)(?: [\w-]+| ¤)? )\b(?:vouchers?|gift ?cards?|gift (?:certificate|voucher)s?|e-?gift` +
        String.raw`|credit note|compensat(?:e|ed|ion)|goodwill(?: gesture| payment)?|(?:loyalty|bonus|reward) points)\b` +
        String.raw`(?! (?:balance|number|pin)\b)`,
    ),
  ],
  [
    'replacement',
    new RegExp(
      String.raw`\breplac(?:e|ed|ing|ement|ements)\b(?! (?:the |a |your |my )?(?:[\w-]+ )?(?:battery|batteries|filter` +
        String.raw`|cartridge|bulb|fuse|password|card|cards|pin|code|codes|link|links|key|keys|invoice|receipt|label` +
        String.raw`|estimates?|readings?|figures?|details|data|entry|entries|information|info|address|name|number` +
        String.raw`|wording|text)\b)`,
    ),
  ],
  // Not money changing hands ("exchange currency", "exchange rate", "exchange USD for GBP").
  [
    'replacement',
    new RegExp(
      String.raw`(?<!\b(?:foreign|money|cash|rate of) )\bexchang(?:e|ed|es|ing)\b(?<!\b(?:${CURRENCY_TALK})[^.!?]*)` +
        String.raw`(?! (?:rates?|emails|messages|words|details|information|fees?|charges?|prices?)\b)(?!` +
        String.raw`(?: [\w']+){0,3} (?:${MONEY_WORDS})\b)(?![^.!?]*\b(?:${CURRENCY_TALK}))|\bswap(?<!\b(?:sim|esim` +
        String.raw`|e-sim|shift|seat|number|tariff|plan|slot|day|rota) swap)(?:ped|ping|s)?\b`,
    ),
  ],
  [
    'replacement',
    // Sending a link or an email again is not a replacement: "…in the email, or I can resend it".
    // "…from your old account to the new one": the thing just named, not an item sent; nor is "a
    // fresh one" soon after a link, code or email ("those links last an hour; I've sent a new one").
    new RegExp(
      String.raw`\b(?<!\b(?:to|into|onto|from|with|for) the )(?:new|another|replacement|fresh|spare)(?<!\b(?:links?` +
        String.raw`|codes?|passwords?|e?mails?|pins?|texts?|invoices?|receipts?|labels?|statements?|forms?` +
        String.raw`|quotes?)\b[^!?]{0,60}) one\b|\bre-?(?:ship|send)(?<!\b(?:links?|e?mails?|codes?|invoices?|receipts?` +
        String.raw`|passwords?|confirmations?|messages?|forms?|statements?|pins?|labels?|texts?|sms)\b[^.!?]*)(?:ped` +
        String.raw`|ping|ing)? (?:it|the (?:order|item|parcel|package|product)|you)\b`,
    ),
  ],
  [
    'replacement',
    new RegExp(
      String.raw`\b(?:send|sent|ship|shipped|post|posted|get|getting)(?: (?:me|you|us|out))?(?: (?:a|an|the))? (?:new` +
        String.raw`|another|correct|right|missing|working|replacement) (?!(?:link|code|email|invoice|receipt|label` +
        String.raw`|password|copy|form|tracking|message|confirmation|pin|details|statement|quote|card|account|address` +
        String.raw`|number|login|bank|phone)\b)\w+\b(?<!\b(?:links?|codes?|passwords?|e?mails?|pins?|texts?|invoices?` +
        String.raw`|receipts?|labels?|statements?|forms?|quotes?)\b[^!?]{0,60} one)`,
    ),
  ],
  [
    'replacement',
    new RegExp(
      String.raw`\b(?:sent|send|ship|shipped|post|posted)(?: (?:you|me|us|out))? a (?:second|third|fourth|fifth|2nd` +
        String.raw`|3rd|4th|5th)\b(?! (?:time|reminder|email|letter|notice|invoice|bill|link|code|payment|instal?ment` +
        String.raw`|text|message|copy)s?\b)|\b(?:sent|send|get|getting|ship|shipped|post|posted) (?:one|a new one` +
        String.raw`|another|another one) (?:out|over)\b|\b(?:right|correct) (?:size|one|item|colou?r|model|part` +
        String.raw`|version)s? (?:sent|shipped|posted|out)\b`,
    ),
  ],
  ['fee-waiver', /\bwaiv(?:e|ed|es|ing|er)\b/],
  // "The ¤ early termination fee needs to go", "There's a ¤ paper statement fee…. Can you reverse it?"
  [
    'fee-waiver',
    new RegExp(
      String.raw`\b(?:fees?|charges?|penalt(?:y|ies)|surcharges?)(?: of ¤)? (?:needs? to|has to|have to|should|must|ought to) (?:go|come` +
        String.raw` off|be (?:removed|waived|dropped|reversed|refunded|cancell?ed|taken off|written off|scrapped))\b|` +
        String.raw`(?<!\S)¤ (?:[\w-]+ ){0,3}(?:fees?|charges?|penalt(?:y|ies)|surcharges?)\b(?=.{0,160}?\b(?:can you|could` +
        String.raw` you|would you|will you|please|pls|kindly)(?: (?:please|just|kindly))? ${FEE_VERB} (?:it|that|this|them)\b)`,
    ),
  ],
  // Wanted done to it: "I'd also like the ¤ reconnection fee removed", "can I get the late fee waived?".
  [
    'fee-waiver',
    new RegExp(
      String.raw`\b(?:like|want|need|get|have)(?: (?:the|this|that|my|these|those))?(?: ¤)?(?: [\w-]+){0,2} (?:fees?|charges?|` +
        String.raw`penalt(?:y|ies)|surcharges?) (?:removed|reversed|refunded|dropped|taken off|cancell?ed|written off|wiped|scrapped)\b`,
    ),
  ],
  // "The $12 fee has now been removed".
  [
    'fee-waiver',
    /\b(?:fees?|charges?|penalt(?:y|ies)|surcharges?) (?:has|have)(?: (?:now|already|just))? been (?:removed|reversed|refunded|cancell?ed|dropped|taken off|wiped|scrapped|written off|credited)\b/,
  ],
  [
    'fee-waiver',
    new RegExp(
      String.raw`\b${FEE_VERB}(?: (?:the|this|that|a|an|your|my|these|those))?(?: ¤)?(?: ${FEE_KIND})? (?:fees?` +
        String.raw`|penalt(?:y|ies)|surcharges?)\b|\b${FEE_VERB}(?: (?:the|this|that|your|my))?` +
        String.raw`(?: ¤)? ${FEE_KIND} charges?\b`,
    ),
  ],
  [
    'fee-waiver',
    new RegExp(
      String.raw`(?:(?<!\S)¤ |\b)${FEE_KIND} (?:fees?|charges?|penalt(?:y|ies))\b(?=.{0,80}\b${FEE_VERB} (?:it|that|this|them)\b)`,
    ),
  ],
  [
    'discount',
    new RegExp(
      String.raw`(?<!\b(?:used|use|using|applied|redeemed|had) (?:the|my|a|your|this|that|our) )\bdiscount(?:s|ed)?\b` +
        String.raw`|\bmoney off\b|(?:(?<!\S)¤|\b\d+ ?%|\b\d+ percent) off\b|\bprice (?:reduction|match(?:ing)?` +
        String.raw`|adjustment|drop protection|cut)\b|\bprice-match(?:ing)?\b`,
    ),
  ],
  [
    'discount',
    /\b(?:knock|knocked|take|took|shave|shaved|give me|get) (?:¤|a bit|a little|something|some money)(?: \w+)? off\b|\b(?:coupons?|promo(?: code)?|promotional code|voucher code)\b/,
  ],
  ['discount', /(?<!\S)¤ (?:less|cheaper)\b|\b(?:can|could|will|would) you (?:price[- ])?match\b/],
  [
    'discount',
    /\b(?:reduce|lower|drop|match) (?:the |that |this |their |your )?(?:[\w']+ ){0,2}(?:price|offer|deal)\b|\bbetter price\b|\bhonou?r (?:the|that|my|this) (?:code|price|offer|deal|discount)\b/,
  ],
  [
    'expedite',
    /\bexpedit(?:e|ed|ing|ion)\b|\bexpress (?:shipping|delivery|post|postage|courier|service|option)\b|\b(?:next|same)[- ]day (?:delivery|shipping|dispatch|courier|service|post)\b/,
  ],
  [
    'expedite',
    new RegExp(
      String.raw`\b(?:send|sent|sending|ship|shipped|shipping|post|posted|posting|deliver|delivered|delivering` +
        String.raw`|upgrade|upgraded|upgrading|dispatch|dispatched|move|moved|switch|switched|go|goes|going|went)(?: (?:it` +
        String.raw`|this|them|the order|my order|your order|the parcel|your parcel|you))?(?: out)?(?: (?:by|to|via|with|as))?` +
        String.raw` (?:express|overnight|next[- ]day|faster|priority|first class|premium|(?:1|2|one|two)[- ]day)\b|\bovernight (?:it|this|them|shipping|delivery|courier|post|postage)\b`,
    ),
  ],
  // "ship the replacement modem overnight", "send my new card express", "send the laptop back to me by express".
  [
    'expedite',
    new RegExp(
      String.raw`\b(?:send|ship|post|deliver|dispatch)(?: (?:the|my|your|this|that|these|` +
        String.raw`those|a|an)(?: ¤)?(?: [\w-]+){1,2})(?: to (?:me|us))? (?:overnight|express|next[- ]day|by express|by courier)\b(?! (?:shipping|` +
        String.raw`delivery|post|postage|courier|service|option)\b)`,
    ),
  ],
  [
    'expedite',
    new RegExp(
      String.raw`\b(?:faster|quicker|priority|rush|speedier|tracked express) (?:shipping|delivery|postage|dispatch` +
        String.raw`|service)\b|\bupgrad(?:e|ed|ing) (?:the |your |my |it |this )?(?:shipping|delivery|postage)\b|\b` +
        String.raw`(?:shipping|delivery|postage) upgrade\b|\bovernight(?:ed|ing)\b|\b(?:1|2|one|two)[- ]day (?:air` +
        String.raw`|shipping|delivery|express|courier)\b`,
    ),
  ],
  [
    'expedite',
    new RegExp(
      String.raw`\bupgrad(?:e|ed|ing)(?: \w+){0,3} to (?:express|next[- ]day|priority|overnight|faster|expedited)\b` +
        String.raw`|\bspeed up (?:the )?(?:delivery|shipping)\b|\brush (?:it|the order|delivery|shipping|my order)\b`,
    ),
  ],
  // The speed named first, the upgrade asked after it: "Overnight is $45 - can you upgrade it for free?".
  [
    'expedite',
    new RegExp(
      String.raw`\b(?:overnight|express|next[- ]day|priority|expedited) (?:shipping |delivery |post |postage )?` +
        String.raw`(?:is|costs?|would be|comes to)\b[^.!?]{0,60}?\b(?:upgrade|bump|switch|move) (?:it|me|us|this|my order|the order|the parcel)\b`,
    ),
  ],
];

// Asks read only when their reading is on (binding-settings.ts): the whole of what was paid wanted back,
// half of a price back, a coupon for a later order (a voucher, not money off this one).
const READ_LEXICON: [Reading, RuleAction, RegExp][] = [
  [
    'whole',
    'refund',
    /\b(?:everything|all of it|it all|the lot|the whole (?:amount|lot|thing|order)|all (?:of )?my money) back\b/g,
  ],
  ['half', 'refund', /\bhalf (?:of )?(?:the|my) (?:price|cost|money|purchase price|amount) back\b/g],
  // "I'd like half of it back": half of what was paid for the thing, its price said before (ask-amounts.ts).
  ['halfOfIt', 'refund', /\bhalf (?:of )?(?:it|that|this) back\b/g],
  // The money itself given back, as writers of other first languages put it: "please return me the ¤",
  // "the devolution of my ¤" (not "return the ¤ helmet", an item).
  [
    'moneyReturned',
    'refund',
    /\b(?:return (?:me|us) (?:my|the|our) (?:money\b|¤(?= ?(?:[.!?,]|$|(?:please|pls|back|to|thank)\b)))|devolution of (?:my|the|our) (?:money\b|¤))/g,
  ],
  [
    'coupon',
    'credit',
    new RegExp(
      [
        String.raw`\b(?:coupon|voucher code|promo code)s? (?:for|towards?|to use on) (?:next time|the future|`,
        `future (?:orders?|visits?|purchases?|bookings?)|(?:my|a|the) (?:next|future) (?:order|visit|`,
        String.raw`purchase|booking|one|trip))\b`,
      ].join(''),
      'g',
    ),
  ],
];

const MAX_FOUND = 200; // enough for any real message; bounds the work on pathological input

const GLOBAL = LEXICON.map(([action, re]): [RuleAction, RegExp] => [action, new RegExp(re.source, 'g')]);

/** Everything asked for or offered in `text`; where two overlap, the longer one says what it is. */
export function findMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const [action, pattern] of GLOBAL) {
    for (const m of text.matchAll(pattern)) {
      if (action === 'replacement' && !replacesAnItem(text, m.index, m.index + m[0].length)) continue;
      found.push({ action, start: m.index, end: m.index + m[0].length });
      if (found.length >= MAX_FOUND) break;
    }
  }
  for (const [reading, action, pattern] of READ_LEXICON) {
    if (!reads(reading)) continue;
    for (const m of text.matchAll(pattern))
      found.push({ action, start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const mention of found) {
    const clash = kept.find((k) => mention.start < k.end && k.start < mention.end);
    if (!clash) kept.push(mention);
  }
  // Money off a later order, not called a discount, is a voucher for it, not a discount on this one:
  // "could you give me ¤ off my next order?", "¤ off your next purchase would do" (the nextOrder reading). "A
  // ¤ discount on your next order" names a discount, and stays one.
  if (reads('nextOrder'))
    for (const mention of kept) {
      const named = text.slice(mention.start, mention.end);
      if (
        mention.action === 'discount' &&
        MONEY_OFF.test(named) &&
        !/\bdiscount/.test(named) &&
        NEXT_ORDER.test(text.slice(mention.end, mention.end + 40))
      )
        mention.action = 'credit';
    }
  return kept.sort((a, b) => a.start - b.start);
}

const MONEY_OFF = /¤ off$/;
const NEXT_ORDER =
  /^(?: (?:off|on|from|for|towards?))? (?:my|our|the|a|your) (?:next|future|following) (?:order|purchase|booking|visit|shop|delivery|box|one)\b/;
