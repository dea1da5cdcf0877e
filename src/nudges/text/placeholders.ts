// A macro's slots, filled in when the reply is sent: "contact {{brand}} support", "Hi {first_name}", "ask
// [Company Name] directly", "%CARRIER% will call you". Each is one token that reads as one neutral word
// (normalize.ts), so the frames read "contact acme support" where they read "contact{{ brand}}" before. The
// word is no name the sentence wrote (names.ts): a slot may be our own brand as well as another party, so
// it takes the place of a party only where any word would ("reach out to … directly", "… will take it from here").

/** A slot: {{x}}, {x}, [x] (not a link's text, "[here](…)"), %x%, where x starts with a letter or "_" and is short. */
export const PLACEHOLDER =
  /\{\{\s*[\p{L}_][\p{L}\p{N}_ .-]{0,39}\}\}|\{[\p{L}_][\p{L}\p{N}_ .-]{0,39}\}|\[[\p{L}_][\p{L}\p{N}_ .-]{0,39}\](?!\()|%[\p{L}_][\p{L}\p{N}_.-]{0,39}%/u;

/** The word a slot reads as in the canonical text: in no phrase list. */
export const PLACEHOLDER_WORD = 'acme';
