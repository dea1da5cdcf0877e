// Meaning for suggestions, wherever the encoder runs (panel worker, command line): embed the knowledge
// base's phrases, then score a message against it.
import type { SearchIndex } from '../search';
import { cleanMessage } from '../search/page-query';
import { messageTerms } from '../search/run-suggest';
import { WORD_CANDIDATES } from '../shared/messages';
import { askOf } from './ask';
import type { SentenceEncoder } from './encoder';
import { MAX_TEXT_CHARS } from './encoder';
import { CENTRE_CANDIDATES, type MeaningIndex, type PhraseVectors, quantize } from './meaning-index';
import { meaningPhrases } from './phrases';
import { chasesTheSubject, settledOrReference } from './settled';
import SMALL_TALK from './small-talk.json';

/** Phrases embedded per model call when several articles are embedded together. */
const PHRASE_BATCH = 64;

/** The part of a message worth a meaning vector: the customer's words, no greeting or signature. */
export function meaningText(text: string): string {
  return cleanMessage(text.slice(0, 20_000)).replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_CHARS);
}

/** Phrase vectors of docs, in order; phrases of several docs share model calls. */
export async function embedDocs(
  encoder: Pick<SentenceEncoder, 'embed'>,
  docs: readonly Parameters<typeof meaningPhrases>[0][],
): Promise<PhraseVectors[]> {
  const phrases = docs.map(meaningPhrases);
  const flat = phrases.flat();
  const vectors: Float32Array[] = [];
  for (let i = 0; i < flat.length; i += PHRASE_BATCH) {
    vectors.push(...(await encoder.embed(flat.slice(i, i + PHRASE_BATCH))));
  }
  let next = 0;
  return phrases.map((list) => {
    const mine = vectors.slice(next, next + list.length);
    next += list.length;
    return quantize(mine);
  });
}

/**
 * Whether a message says something the (English) encoder can read: a topic word in Latin letters. The
 * vector of an empty message, emoji, numbers, chatter ("ok") or another script is about as close (0.3–0.4)
 * to many articles as a real match, so it would suggest articles that have nothing to do with it.
 */
export function hasMeaning(text: string): boolean {
  for (const term of messageTerms(text).keys()) if (/\p{Script=Latin}{2}/u.test(term)) return true;
  return false;
}

/**
 * Closeness in meaning of a message to `candidates` and to the closest articles, for SearchIndex.suggest's
 * `meaning`; none, and no model call, when the message has nothing the encoder can read.
 */
export async function closenessOf(
  encoder: Pick<SentenceEncoder, 'embed'>,
  meanings: MeaningIndex,
  text: string,
  candidates: Iterable<string>,
  centreCandidates?: number,
): Promise<Map<string, number>> {
  const vectors = await partVectors(encoder, text);
  return vectors ? closenessFrom(meanings, vectors, candidates, centreCandidates) : new Map();
}

/** The vectors closenessOf reads of a message, embedded in one call; null when it has none. */
export async function partVectors(
  encoder: Pick<SentenceEncoder, 'embed'>,
  text: string,
): Promise<PartVectors | null> {
  if (!hasMeaning(text)) return null;
  const { whole, sentences, ask } = closenessParts(text);
  const vectors = await encoder.embed([whole, ...sentences, ...(ask ? [ask] : [])]);
  const query = vectors[0];
  if (!query) return null;
  return {
    whole: query,
    sentences: vectors.slice(1, 1 + sentences.length),
    ask: ask ? vectors[1 + sentences.length] : undefined,
  };
}

/** The vectors closenessOf reads of a message (closenessParts'), embedded. */
export interface PartVectors {
  whole: Float32Array;
  sentences: readonly Float32Array[];
  ask?: Float32Array | undefined;
}

/**
 * Closeness in meaning from a message's vectors (closenessOf, once they are embedded); `plain` reads it
 * without the within-article shrink (MeaningIndex.closeness), as the confidence margin was fitted.
 */
export function closenessFrom(
  meanings: MeaningIndex,
  vectors: PartVectors,
  candidates: Iterable<string>,
  centreCandidates?: number,
  plain = false,
): Map<string, number> {
  const each = vectors.sentences;
  const closeness = meanings.closeness(vectors.whole, [...candidates], centreCandidates, plain);
  if (each.length >= 2) {
    // Each sentence's closest articles count too: a long message's one sentence that states the problem
    // decides between articles its small talk and history blur together. A sentence is read against its
    // own closest article: one that names an article's key word ("refund … to my card") is close to a
    // whole family of articles, one told in plain words ("photos of the crack") is less close to any, yet
    // says as much about which one it is. So each sentence's closest article gets the closeness of the
    // closest sentence's, and the others keep their distance from it.
    const best = new Map<string, number>();
    const bySentence = each.map((vector) => meanings.closeness(vector, [...closeness.keys()], 0, plain));
    const tops = bySentence.map((scores) => Math.max(...scores.values()));
    const highest = Math.max(...tops);
    bySentence.forEach((scores, s) => {
      for (const [id, value] of scores) {
        best.set(id, Math.max(best.get(id) ?? -1, value - tops[s]! + highest));
      }
    });
    for (const [id, value] of closeness) closeness.set(id, (value + (best.get(id) ?? value)) / 2);
  }
  const askVector = vectors.ask;
  if (askVector) {
    // What the customer asks for weighs in beside what they tell: it decides between near neighbours
    // (a refund asked for after a story about a faulty charger).
    const asked = meanings.closeness(askVector, [...closeness.keys()], 0, plain);
    for (const [id, value] of closeness) {
      closeness.set(id, (1 - ASK_SHARE) * value + ASK_SHARE * (asked.get(id) ?? value));
    }
  }
  return closeness;
}

/** What closenessOf embeds of a message: the whole, its sentences when it has three or more, its ask. */
export function closenessParts(text: string): {
  whole: string;
  sentences: string[];
  ask: string | undefined;
} {
  const whole = meaningText(text);
  const parts = sentencesOf(whole);
  // A short message (one or two sentences) is read whole: its sentences are its meaning.
  return { whole, sentences: parts.length > 2 ? parts : [], ask: askOf(whole) };
}

/**
 * Every text a panel's request for the page `text` will have the model embed: closenessOf's, and, when
 * the text ends with the customer's latest `message`, the texts its small-talk check reads (smallTalkOnly;
 * the small-talk list aside, the host keeps it). The meaning host embeds them when a content script reports
 * the page, so the panel's request, a moment later, finds them done or being done.
 */
export function requestTexts(text: string, message?: string): string[] {
  const parts = requestParts(text, message);
  return [...new Set([...parts.closeness, ...parts.quiet, ...parts.cued])];
}

/**
 * requestTexts in the order a request reads them: closenessOf's texts (the suggestions), then the latest
 * message whole (the small-talk check's first look, which decides for every message that states a
 * problem), then its sentences with a problem word (read only when the whole message reads as small talk).
 */
export function requestParts(
  text: string,
  message?: string,
): { closeness: string[]; quiet: string[]; cued: string[] } {
  if (!hasMeaning(text)) return { closeness: [], quiet: [], cued: [] };
  const { whole, sentences, ask } = closenessParts(text);
  const closeness = [...new Set([whole, ...sentences, ...(ask ? [ask] : [])])];
  const latest = message?.trim();
  const [first, ...cued] = latest && text.endsWith(latest) ? quietTexts(latest, text) : [];
  const known = new Set(closeness);
  return {
    closeness,
    quiet: first && !known.has(first) ? [first] : [],
    cued: cued.filter((sentence) => !known.has(sentence) && sentence !== first),
  };
}

/** The share of an article's closeness that is its closeness to the customer's ask (askOf), when there is one. */
export const ASK_SHARE = 0.2;

/** Sentences of a message embedded on their own besides the whole (each costs a model row). */
const MAX_SENTENCES = 4;

/** Sentences of a text worth a vector of their own (four words or more), at most MAX_SENTENCES. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"'(])/)
    .map((part) => part.trim())
    .filter((part) => part.split(/\s+/).length >= 4)
    .slice(0, MAX_SENTENCES);
}

/** The articles a message's words find that also get a meaning score (the panel sends the same). */
export function wordCandidates(index: SearchIndex, text: string): string[] {
  return index.suggestCandidates(text, WORD_CANDIDATES);
}

/**
 * A suggestion is confident when the message is closer in meaning to its closest article than to any
 * message that states no problem (SMALL_TALK: greetings, thank-yous, sign-offs), less this margin. Fitted
 * on BANKING77's tuning half, the tuning pages and half of the no-problem messages
 * (test/fixtures/no-problem/): midway between the closest no-problem message (-0.11) and the least
 * close real message (0.01).
 */
export const CONFIDENT_MARGIN = -0.05;

/** Greetings, thank-yous and sign-offs: what a message that states no problem is close to. */
export const SMALL_TALK_TEXTS: readonly string[] = SMALL_TALK;

const smallTalk = new WeakMap<object, Promise<Float32Array[]>>();

/**
 * Whether a message states a problem worth a confident suggestion, given its closeness to the articles
 * (closenessOf): not for a greeting, a thank-you or text the encoder cannot read.
 */
export async function problemStated(
  encoder: Pick<SentenceEncoder, 'embed'>,
  text: string,
  closeness: ReadonlyMap<string, number>,
): Promise<boolean> {
  if (closeness.size === 0 || !hasMeaning(text)) return false;
  const [[query], list] = await Promise.all([encoder.embed([meaningText(text)]), anchorsOf(encoder)]);
  if (!query) return false;
  return Math.max(...closeness.values()) - chatterOf(query, list) >= CONFIDENT_MARGIN;
}

function anchorsOf(encoder: Pick<SentenceEncoder, 'embed'>): Promise<Float32Array[]> {
  let anchors = smallTalk.get(encoder);
  if (!anchors) {
    anchors = encoder.embed(SMALL_TALK);
    smallTalk.set(encoder, anchors);
  }
  return anchors;
}

/** Closeness of a message vector to the closest small-talk message. */
function chatterOf(query: Float32Array, anchors: readonly Float32Array[]): number {
  let chatter = -1;
  for (const anchor of anchors) {
    let dot = 0;
    for (let i = 0; i < query.length; i++) dot += query[i]! * anchor[i]!;
    chatter = Math.max(chatter, dot);
  }
  return chatter;
}

/**
 * The customer's latest message is small talk (a thank-you, a greeting, a goodbye) when it is closer in
 * meaning to the small-talk messages than to any article by at least this much. Fitted by
 * scripts/fit-quiet.ts: midway between the highest lead of a message that states a problem (-0.03, of
 * 969: a fifth of BANKING77's tuning half and the development pages' customer messages) and a long
 * thank-you page's (0.09); short greetings and thank-yous lead by 0.1 to 0.55.
 */
export const QUIET_MARGIN = 0.03;

/**
 * Words that make a problem of a sentence beside a thank-you ("thanks! unfortunately it still…"): such
 * a sentence must be small talk itself.
 */
const PROBLEM_CUE =
  /\b(?:not|no|never|still|but|however|unfortunately|cannot|can'?t|won'?t|unable|nothing|wrong)\b|n't\b|\?/i;

/** Sentences of a latest message with a problem word read one by one, at most. */
const MAX_QUIET_SENTENCES = 4;

/**
 * How much closer the customer's latest message is to small talk than to its closest article, or less
 * when one of its sentences has a problem word (PROBLEM_CUE) and is not small talk itself; null when the
 * message has nothing the encoder can read.
 */
export async function smallTalkLead(
  encoder: Pick<SentenceEncoder, 'embed'>,
  meanings: MeaningIndex,
  message: string,
): Promise<number | null> {
  return leadOf(encoder, meanings, leadTexts(message));
}

/** smallTalkLead of `texts` (a message's leadTexts, or some of them). */
async function leadOf(
  encoder: Pick<SentenceEncoder, 'embed'>,
  meanings: MeaningIndex,
  texts: readonly string[],
): Promise<number | null> {
  if (texts.length === 0) return null;
  const [vectors, anchors] = await Promise.all([encoder.embed(texts), anchorsOf(encoder)]);
  let lead = Number.POSITIVE_INFINITY;
  for (const vector of vectors) {
    // Plain closeness: QUIET_MARGIN was fitted on it.
    const closest = Math.max(-1, ...meanings.closeness(vector, [], CENTRE_CANDIDATES, true).values());
    lead = Math.min(lead, chatterOf(vector, anchors) - closest);
  }
  return Number.isFinite(lead) ? lead : null;
}

/** What smallTalkLead embeds of a message: the whole and its sentences with a problem word; none when unreadable. */
function leadTexts(message: string): string[] {
  const whole = meaningText(message);
  if (!whole || !hasMeaning(whole)) return [];
  const cued = whole
    .split(/(?<=[.!?])\s+/)
    .filter((part) => PROBLEM_CUE.test(part))
    .slice(0, MAX_QUIET_SENTENCES);
  return cued.length === 1 && cued[0] === whole ? [whole] : [whole, ...cued];
}

/** What smallTalkOnly embeds for a message (besides the small-talk list): none when the words decide. */
export function quietTexts(message: string, text?: string): string[] {
  return settledOrReference(message, text) ? [] : leadTexts(message);
}

/**
 * Whether the customer's latest message states no problem: it settles the matter or only gives a
 * reference (settledOrReference; `text` is the page's meaning text, which ends with the message), else
 * by meaning (smallTalkLead ≥ QUIET_MARGIN), unless it chases the problem its subject states (chasesTheSubject).
 */
export async function smallTalkOnly(
  encoder: Pick<SentenceEncoder, 'embed'>,
  meanings: MeaningIndex,
  message: string,
  text?: string,
): Promise<boolean> {
  if (settledOrReference(message, text)) return true;
  const [whole, ...cued] = leadTexts(message);
  if (!whole) return false;
  // The lead is the least over the whole message and its sentences with a problem word: a whole message
  // that does not read as small talk decides alone, and its sentences are not embedded (most messages).
  const lead = await leadOf(encoder, meanings, [whole]);
  if (lead === null || lead < QUIET_MARGIN) return false;
  const rest = cued.length === 0 ? null : await leadOf(encoder, meanings, cued);
  if (rest !== null && rest < QUIET_MARGIN) return false;
  // A vague follow-up ("any news?", "still not sorted") reads as small talk by meaning, but when it
  // chases the problem its subject states, that problem is the page's.
  return !chasesTheSubject(message, text);
}
