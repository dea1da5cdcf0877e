// The lists of a phrase file (lang/<code>.json), each with what it is for. The builder is phrases.ts.

/** The lists of a phrase file, by what they are for. */
export interface PhraseLists {
  /** Nouns for the people or units a case can be handed to: "team", "specialist(s)". */
  teamNouns: string[];
  /** "sister", "partner"… before a company noun: "a partner company". */
  companyQualifiers: string[];
  companyNouns: string[];
  /** Outside parties a customer deals with: "courier", "your bank", "the letting agent". */
  outsideParties: string[];
  /** Words before "service" that make it ours, not an outside service: "customer service". */
  ownServiceWords: string[];
  /** "booking", "travel"… before a site noun: "the booking site" is a party. */
  siteKinds: string[];
  siteNouns: string[];
  /** Teams named bare: "billing will call you". */
  teamNames: string[];
  /** The customer's own people ("check with your partner"): not a party to hand off to. */
  household: string[];
  /** Words that start an adverbial, not a party: "call during office hours", "email anytime". */
  notAPartyStarts: string[];
  /** Who acts and how: the customer told or advised to do the next step ("please", "you'll need to"). */
  customerTold: string[];
  /** Contact verbs, the customer reaching someone: "reach out to", "get in touch with", "work with". */
  contactVerbs: string[];
  /** Support reached on another channel or team, ours included: "our live support team", "chat support". */
  supportChannels: string[];
  /** Handing over a report: "submit", "share", "file", "add your vote to". */
  feedbackVerbs: string[];
  /** What is handed over: "feedback", "feature request(s)", "bug report(s)". */
  feedbackNouns: string[];
  /** Where it goes, away from this conversation: "here", "our feedback tool", "the forum", "the devs". */
  feedbackPlaces: string[];
  /** Where the words point at, when it is not a named place: "here", a link. */
  pointers: string[];
  /** Acts that by themselves send a report elsewhere: "upvote the issue", "use this form to request". */
  reportActs: string[];
  /** Someone else's way in: "they can be reached here", "you can reach them at". */
  reachedAt: string[];
  /** After a support channel as the subject, it taking the case over: "will be able to help you best". */
  takesOver: string[];
  /** What a party the customer was sent to does next: "…, they'll run the line test", "any store can pair it". */
  partyDoes: string[];
  /** Someone other than the agent taking the case over: "…will take it from here", "…'ll take over". */
  takesFromHere: string[];
  /** A verb of being with a hedge, the start of a put-forward: "'s probably", "are always". */
  surelyIs: string[];
  /** Superlatives of a way: "best", "quickest", "surest". */
  bestWays: string[];
  /** What the customer gets done somewhere else: "resolved", "sorted", "looked at". */
  gotDone: string[];
  /** After a party, it put forward as the way to go: "…is your best bet", "…is a great place for this". */
  putForward: string[];
  /** The same, said only of a team or party named as one (a thing can be "the way to go" too). */
  partyPutForward: string[];
  /** A matter that is handled by, or has to be done with, someone: "…are handled by", "…has to start with". */
  handledWith: string[];
  /** Someone's support, after "their" or a name: "Stripe's support", "their billing team", "Yubico support". */
  othersSupport: string[];
  /** What that support is able or about to do, before its verb: "can", "will be able to". */
  partyCan: string[];
  /** What someone else who has the case does next, after "someone from billing will…": "call you". */
  othersTakeOver: string[];
  /** Conditions that keep a handoff a handoff: "if that doesn't work", "if the issue persists". */
  persistingProblems: string[];
  /** The same team keeps the case on the channel it names: "so we can investigate", "and we'll help". */
  sameTeamKeeps: string[];
  /** Our own units and places, as who can't or whose scope is stated: "support", "the call centre", "this inbox". */
  ourPlaces: string[];
  /** Who refuses: "i", "we", "our team", "support", "the box office". */
  cantSubjects: string[];
  /** Forms of can't: "can't", "unable to", "not in a position to". */
  cantForms: string[];
  /** What a customer would want; "we don't …" it is a refusal: "offer", "make an exception". */
  refusedActs: string[];
  /** What "we won't …" refuses: "refund", "honour". */
  policyVerbs: string[];
  /** The terms as the subject of a refusal: "the warranty doesn't cover…". */
  termsNouns: string[];
  /** What a unit of ours does, in a statement of its scope: "handle(s)", "look(s) after", "has access to". */
  scopeActs: string[];
  /** What is not done by us or through a channel of ours: "handled", "actioned", "reviewed". */
  scopeParticiples: string[];
  /** Where a matter is not handled: "chat", "social media", "the phone", "us". */
  scopeChannels: string[];
  /** After who refuses, the scope it keeps to: "only handles", "can only see", "isn't responsible for". */
  ourScopes: string[];
  /** Statements of scope that say what we can't do: "support on this channel is limited to". */
  scopeStatements: string[];

  // The English grammar's own lists (cant.ts, handoff/*.ts, text/cues.ts), compiled once into EN: verbs,
  // participles, nouns and idiom exceptions its frames are written over. A team's words do not reach them
  // (the team's lists are team-phrases.ts's departments, parties, handoff and ownership phrasings).
  /** After "can't be", what is no refusal ("can't be beaten", "won't be charged"): "helped", "beaten"… */
  notPassiveRefusals: string[];
  /** After "can't be", what a refusal leaves undone ("can't be refunded"): "refunded", "returned"… */
  refusedPassives: string[];
  /** Refusals after a regret ("unfortunately we don't"): "don't", "doesn't"… */
  regretRefusals: string[];
  /** "not within", "not covered by"… before the terms ("not covered by our policy"): "within", "in line with"… */
  notWithin: string[];
  /** The rules a request can break ("policy", "terms and conditions", "return window"): "policy", "policies"… */
  policyNouns: string[];
  /** What a policy does in a refusal ("policy doesn't", "policy prohibits"): "doesn't", "won't"… */
  policyStops: string[];
  /** What an item is not, after a negation ("not eligible", "not refundable"): "eligible", "covered"… */
  eligibleWords: string[];
  /** What an item is, after "non-" ("non-refundable", "non-transferable"): "refundable", "returnable"… */
  nonWords: string[];
  /** What "not something we do" refuses ("offer", "arrange"): "do", "offer"… */
  helpActs: string[];
  /** What an agent has not got to act ("the tools", "access", "authority"): "tool(s)", "access"… */
  meansToAct: string[];
  /** What lies beyond an agent's reach ("outside what i can authorise", "beyond what we can offer"): "do", "offer"… */
  actsBeyond: string[];
  /** After "can't be", a feeling ("couldn't be happier"): "happier", "more"… */
  idiomFeelings: string[];
  /** After "can't stop", a doing ("can't stop smiling"): "smiling", "laughing"… */
  idiomDoings: string[];
  /** Past can't forms that report a search ("couldn't", "was unable to"): "couldn't", "wasn't able to"… */
  reportedCants: string[];
  /** Harm that can't happen to the customer, a reassurance ("not possible to be charged twice"): "charged", "billed"… */
  harmsToCustomer: string[];
  /** What the terms do not do ("cover", "include"): "cover", "include"… */
  termsCover: string[];
  /** Contact verbs taking "with" or "at" ("liaise with", "enquire at"): "connect", "liaise"… */
  meetVerbs: string[];
  /** Contact verbs alone ("call", "email", "visit"): "call", "phone"… */
  contactImperatives: string[];
  /** The -ing forms of contact verbs ("calling", "emailing"): "calling", "phoning"… */
  contactingVerbs: string[];
  /** Sending questions elsewhere ("direct your questions to", "raise concerns to"): "direct", "send"… */
  directVerbs: string[];
  /** What is sent elsewhere ("questions", "complaints", "paperwork"): "question(s)", "queries"… */
  questionNouns: string[];
  /** The case raised elsewhere ("complaint", "claim", "booking"): "complaint", "claim"… */
  caseNouns: string[];
  /** The customer in case notes ("cust", "the caller"): "cust", "customer"… */
  customerInNotes: string[];
  /** Reaching us, the agent's own way in ("reach", "get hold of"): "reach", "contact"… */
  ourWayVerbs: string[];
  /** Collected at a desk, not the case moving on ("parcel", "keys"): "parcel", "package"… */
  collectedThings: string[];
  /** Past contacts, already made ("spoke", "reached out"): "spoke", "talked"… */
  pastContacts: string[];
  /** Forms filled in elsewhere ("form", "claim"): "form(s)", "claim(s)"… */
  formNouns: string[];
  /** What the customer does on another party's site ("report", "rebook"): "report", "register"… */
  siteActs: string[];
  /** The agent's colleagues by role, plural ("colleagues", "specialists"): "colleagues", "team"… */
  colleaguesPlural: string[];
  /** A colleague by role ("specialist", "team lead"): "specialist", "supervisor"… */
  colleagueRoles: string[];
  /** A colleague or partner taking the case ("supervisor", "courier(s)"): "colleague", "supervisor"… */
  partyRoles: string[];
  /** What is done by someone else ("sent", "dealt with", "authorised"): "sent", "passed"… */
  handledParticiples: string[];
  /** How a matter is handled elsewhere ("directly", "in writing"): "directly", "only"… */
  handledHow: string[];
  /** The -ing forms of raising a matter elsewhere ("raising", "forwarding"): "raising", "sending"… */
  raisingVerbs: string[];
  /** A case looked after by someone else ("picked up", "taken care of"): "handled", "picked up"… */
  lookedAfter: string[];
  /** Someone else getting back to the customer ("update", "get back to"): "let", "update"… */
  getBackVerbs: string[];
  /** Matters handled by someone else ("requests", "cancellations"): "request(s)", "queries"… */
  matterNouns: string[];
  /** Changes that someone else handles ("exchange", "cancellation"): "exchange", "return"… */
  changeNouns: string[];
  /** What comes from someone else ("refund(s)", "approval"): "refund(s)", "support"… */
  outcomeNouns: string[];
  /** What has to come from someone else ("has to come", "can only come"): "comes", "come"… */
  comesFrom: string[];
  /** A reply awaited from someone else ("response", "callback"): "response", "reply"… */
  replyNouns: string[];
  /** The case, as someone else's to handle ("case", "enquiry"): "case", "query"… */
  caseWords: string[];
  /** The matters, plural ("issues", "repairs"): "issues", "questions"… */
  matterPlurals: string[];
  /** A visit someone else books ("appointment", "timeslot"): "slot", "appointment"… */
  visitNouns: string[];
  /** Someone else getting in touch ("touch", "let you know"): "touch", "contact"… */
  touchVerbs: string[];
  /** Whose area a matter is ("department", "remit"): "department", "area"… */
  remitNouns: string[];
  /** What a matter is called in a statement of scope ("a question", "a task"): "a question", "one"… */
  matterWords: string[];
  /** Whose a matter is ("responsibility", "side"): "responsibility", "job"… */
  ownerNouns: string[];
  /** Those best placed ("people", "experts"): "people", "person(s)"… */
  rightPeople: string[];
  /** What the right people do ("speak", "sort"): "speak", "talk"… */
  scopeVerbs: string[];
  /** Prices set by someone else ("rate(s)", "tariff(s)"): "rate(s)", "price(s)"… */
  priceNouns: string[];
  /** What the customer asks for ("get", "swap"): "get", "have"… */
  askedActs: string[];
  /** Words of asking ("help", "let me know"): "help", "please"… */
  requestWords: string[];
  /** What the agent can grant ("refund", "waive", "honour"): "send", "give"… */
  grantedActs: string[];
  /** Guidance, not a promise ("advise", "bear"): "help", "advise"… */
  guidanceVerbs: string[];
  /** What the agent has done ("sent", "credited"): "sent", "issued"… */
  doneParticiples: string[];
  /** What has been sent or done ("dispatched", "upgraded"): "dispatched", "sent"… */
  sentParticiples: string[];
  /** After "i'll pass", what is no handoff ("thanks", "wish"): "thank", "thanks"… */
  notHandingWords: string[];
  /** Passing a case on ("hand", "escalate"): "pass", "hand"… */
  passVerbs: string[];
  /** What is passed on ("case", "ticket", "account"): "case", "query"… */
  passedThings: string[];
  /** A way in ("phone number", "helpline"): "phone number", "number"… */
  contactDetailNouns: string[];
  /** What is passed on and is no case ("refund", "feedback", "kind words"): "money", "refund"… */
  notACaseWords: string[];
  /** Who was moved, a past transfer ("colleague", "you've been"): "he", "she"… */
  whoWasMoved: string[];
  /** Verbs of saying, for the customer's words reported back ("said", "mentioned", "told us"). */
  reportingVerbs: string[];
  /** The customer's words reported back: "you said", "you've already mentioned that". */
  customerReports: string[];
  /** Verbs of a rule that forbids ("prohibit(s)", "don't allow"). */
  ruleVerbs: string[];
  /** A rule on what others may do, not a refusal of the customer: "prohibits sellers", "not allowed to be sold". */
  othersRules: string[];
  /** The agent as subject, doing it now or next: "let me", "i'll", "i'm going to". */
  agentSubjects: string[];
  /** The agent as the one who contacts someone: "let me check with", "i'll speak to". */
  agentContacts: string[];
  /** The agent keeps the case: "i retain ownership", "i'll still be the one", "i'll stay on the chat". */
  agentKeeps: string[];
  /** The agent stays the contact ("get back to you", "keep you posted"), after "i'll", "let me". */
  agentUpdates: string[];
  /** What the agent does to "you" after doing something else: "…and i'll update you". */
  agentUpdatesYou: string[];
  /** Words between who refuses and the can't form: "unfortunately", "really", "have been". */
  cantAdverbs: string[];
  /** After "passed … to", words that are no party: pronouns, articles, our own channels ("email", "dm"). */
  notPassedTo: string[];
  /** What the customer is told to open or file: "ticket", "case", "complaint". */
  ticketNouns: string[];
  /** "Directly" after a party the customer deals with, or a party that deals with the customer: "directly". */
  directAdverbs: string[];
  /** Before "…directly to", a thing or money moving, not the customer: "shipped", "refunded", "the payment". */
  directMoves: string[];
  /** Verbs that take the party as object before "directly": "contact", "dm", "ask". */
  directContacts: string[];
  /** What someone else does with the customer, before "directly": "contact you", "be in touch with you". */
  directTakeOver: string[];
  /** Not a party of its own before or after "directly": the agent, the customer, our own team or channel. */
  directSelf: string[];
  /**
   * Words written with a capital for other reasons than naming a party: pronouns, greetings and thanks,
   * titles, days and months, times, abbreviations, a note's labels, currencies and countries. One word
   * each: the phrase layer's names (text/names.ts) and the second opinion's structural cues (opinion/cues.ts)
   * read it through text/capitalised.ts.
   */
  capitalisedWords: string[];
}
