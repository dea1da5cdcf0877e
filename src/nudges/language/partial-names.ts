// The names of the phrase layer's partial hits (partial.ts), apart from the code that finds them: the
// meaning host lays out the second opinion's inputs by them without loading the phrase layer.
/** The names of the partial hits, in the order `partialHits` returns them. */
export const PARTIAL_NAMES = [
  'team named',
  'outside party named',
  'contact verb',
  'support channel',
  'customer told',
  'report or feedback',
  'someone else acts',
  'persisting problem',
  'same team keeps',
  'cant form',
  'agent cant',
  'someone else cant',
  'refused act or terms',
  'scope statement',
  'household',
  'ownership',
  'ownership nearby',
  'ask',
  'offer',
  'question',
  'condition',
  'negation',
  'link',
  'phone number',
  'email address',
  'agent acts',
  'customer addressed',
  'modal',
  'handoff without neighbours',
  'handoff without negation',
  'handoff without condition',
] as const;

export const PARTIAL_COUNT = PARTIAL_NAMES.length;
