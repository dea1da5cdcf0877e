// Page-context suggestion: a customer message against the whole index. Any word may match (OR), scored with
// BM25F, rare words weighted up; support synonyms, question words and typo'd words count a little.
import { inverseDocumentFrequency } from './bm25';
import { FIELD_COUNT } from './doc-table';
import { allowedTypos, boundedEditDistance } from './edit-distance';
import { postingDoc, postingTf } from './field-postings';
import { hitOf, matchedWords } from './hit-details';
import { foldText, splitWords } from './normalize';
import { cleanMessage } from './page-query';
import { playbooksUnderArticles } from './playbook-place';
import { isoDay, signalFactor } from './ranking-signals';
import type { SearchParts } from './run-search';
import { stem } from './stem';
import { isCueWord, isNegation, isSuggestionNoise } from './stopwords';
import { findSynonymGroups, groupPhrases } from './synonyms';
import { expandedTerms, type FieldExpansions } from './term-expansion';
import { topK } from './top-k';
import { resultLimit, type SearchHit, type SuggestOptions } from './types';
import { MATCH_FUZZY, SUGGEST_TUNING, type SuggestTuning } from './weights';

/** Vocabulary terms with a message word's first letter checked for a typo, at most (per field). */
const MAX_TYPO_SCAN = 20_000;

/** Weighted index terms of a message: topic words by frequency, plus synonyms of support phrases. */
export function messageTerms(text: string, tuning: SuggestTuning = SUGGEST_TUNING): Map<string, number> {
  const words = splitWords(foldText(cleanMessage(text.slice(0, 20_000)))).slice(0, tuning.maxWords);
  const counts = new Map<string, number>();
  const cues = new Set<string>();
  for (const word of words) {
    if (isSuggestionNoise(word) || /^\d{1,2}$/.test(word)) {
      if (isCueWord(word)) cues.add(stem(word));
      continue;
    }
    const term = stem(word);
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const [term, count] of counts) weights.set(term, 1 + Math.log(count));
  // "not" tells "card not working" from "card working"; it counts a little, once ("never", "unable" too).
  if (tuning.negationWeight > 0 && words.some(isNegation)) {
    weights.set('not', tuning.negationWeight);
  }
  const raise = (term: string, weight: number) => {
    if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
  };
  if (tuning.cueWeight > 0) for (const cue of cues) raise(cue, tuning.cueWeight);
  for (const group of findSynonymGroups(words.map(stem))) {
    groupPhrases(group).forEach((phrase, i) => {
      const weight = i === 0 ? tuning.synonymCanonical : tuning.synonymOther;
      for (const term of phrase) if (!isSuggestionNoise(term)) raise(term, weight);
    });
  }
  return weights;
}

export function runSuggest(
  parts: SearchParts,
  text: string,
  options: SuggestOptions = {},
  tuning: SuggestTuning = SUGGEST_TUNING,
): SearchHit[] {
  const limit = resultLimit(options.limit, 5);
  if (limit === 0 || parts.docs.liveCount === 0) return [];
  const words = keptWordScores(parts, text, tuning);
  const meaning = options.meaning?.size ? options.meaning : undefined;
  if (!words && !meaning) return [];

  const now = options.now ?? Date.now();
  const today = isoDay(now);
  const matchedTerms = words?.matchedTerms ?? new Set<string>();
  const candidates = new Set(words?.touched ?? []);
  let rankScore: (doc: number) => number;
  let closeEnough: (doc: number) => boolean = () => false;
  if (meaning) {
    let bestWords = 0;
    for (const doc of candidates) bestWords = Math.max(bestWords, words!.score(doc));
    let closest = Number.NEGATIVE_INFINITY;
    for (const closeness of meaning.values()) closest = Math.max(closest, closeness);
    const bar = Math.max(tuning.meaningAloneMin, closest - tuning.meaningAloneMargin);
    closeEnough = (doc) => (meaning.get(parts.docs.get(doc)!.id) ?? 0) >= bar;
    for (const [id, closeness] of meaning) {
      const doc = parts.docs.numberOf(id);
      if (doc !== undefined && parts.docs.get(doc) && closeness >= bar) candidates.add(doc);
    }
    const blended = (doc: number) => {
      const wordPart = words && bestWords > 0 ? words.score(doc) / bestWords : 0;
      // Farther than unrelated counts as unrelated: a negative score would turn the stale factor into a boost.
      const closeness = Math.max(0, meaning.get(parts.docs.get(doc)!.id) ?? 0);
      return wordPart + tuning.meaningWeight * closeness;
    };
    rankScore = (doc) => blended(doc) * signalFactor(parts.docs.get(doc)!, now, today);
  } else {
    rankScore = (doc) => words!.score(doc) * signalFactor(parts.docs.get(doc)!, now, today);
  }
  const ranked = topK([...candidates], limit, rankScore).map((doc) => ({
    doc,
    record: parts.docs.get(doc)!,
    score: rankScore(doc),
  }));
  if (meaning) nearByMeaning(ranked, meaning, tuning.nearMargin);
  return playbooksUnderArticles(ranked, tuning.playbookYield, limit)
    .slice(0, limit)
    .map(({ doc, record, score }) => {
      return {
        ...hitOf(record, score, today, matchedTerms),
        why: { words: matchedWords(record, matchedTerms), meaning: closeEnough(doc) },
      };
    });
}

/** Suggestions among the first this many that can be near neighbours of the first (nearByMeaning). */
const NEAR_COUNT = 3;

/**
 * Orders the near neighbours at the head of `ranked` (best first), those among the first NEAR_COUNT scoring
 * within `margin` of the first, by closeness in meaning alone, in place: when the words and the meaning
 * together barely tell them apart, what the message means decides.
 */
export function nearByMeaning(
  ranked: { record: { id: string }; score: number }[],
  meaning: ReadonlyMap<string, number>,
  margin: number,
): void {
  if (margin <= 0 || ranked.length < 2) return;
  const top = ranked[0]!.score;
  let near = 1;
  while (near < Math.min(NEAR_COUNT, ranked.length) && ranked[near]!.score >= top - margin) near++;
  if (near < 2) return;
  const closeness = (item: { record: { id: string } }) => meaning.get(item.record.id) ?? -1;
  const head = ranked.slice(0, near).sort((a, b) => closeness(b) - closeness(a));
  ranked.splice(0, near, ...head);
}

/** Ids of the articles the message's words find, best first: the ones worth a meaning score. */
export function suggestWordCandidates(
  parts: SearchParts,
  text: string,
  limit: number,
  tuning: SuggestTuning = SUGGEST_TUNING,
): string[] {
  const words = keptWordScores(parts, text, tuning);
  if (!words) return [];
  return topK(words.touched, limit, words.score).map((doc) => parts.docs.get(doc)!.id);
}

interface WordScores {
  touched: number[];
  score(doc: number): number;
  matchedTerms: ReadonlySet<string>;
}

/** The word scores of a text, read once for the last text while the index is unchanged (default tuning). */
function keptWordScores(parts: SearchParts, text: string, tuning: SuggestTuning): WordScores | null {
  if (tuning !== SUGGEST_TUNING || !parts.keptSuggestWords) return wordScores(parts, text, tuning);
  return parts.keptSuggestWords(text, () => wordScores(parts, text, tuning));
}

/** The message's words against the index: BM25F with coordination, or null when no word is known. */
function wordScores(parts: SearchParts, text: string, tuning: SuggestTuning): WordScores | null {
  const weighted = messageTerms(text, tuning);
  if (weighted.size === 0) return null;

  const totalDocs = parts.docs.liveCount;
  const candidates: Candidate[] = [];
  for (const [term, weight] of weighted) {
    const expansions: FieldExpansions = [[], [], []];
    const fieldRarity = [0, 0, 0];
    let df = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const fieldDf = parts.fields[f]!.documentFrequency(term);
      if (fieldDf > 0) {
        expansions[f]!.push({ term, quality: 1 });
        df = Math.max(df, fieldDf);
        fieldRarity[f] = inverseDocumentFrequency(totalDocs, fieldDf);
      }
    }
    if (df === 0 && term.length >= 5 && tuning.fuzzyQuality > 0) {
      df = addTypoMatches(parts, term, expansions, tuning.fuzzyQuality);
    }
    if (tuning.relatedFormQuality > 0 && term.length >= 5) {
      const related = addRelatedForms(parts, term, expansions, tuning.relatedFormQuality);
      if (df === 0) df = related;
    }
    if (df === 0 && tuning.relatedFormQuality > 0) {
      df = addBaseForm(parts, term, expansions, tuning.relatedFormQuality);
    }
    if (df > 0) {
      const rarity = inverseDocumentFrequency(totalDocs, df);
      // A word common in bodies but rare in titles ("refund") still says a lot when it is in a title.
      candidates.push({
        expansions,
        weight,
        rarity,
        fieldRarity: fieldRarity.map((r) => Math.max(r, rarity)),
      });
    }
  }
  const chosen = topK(candidates, tuning.maxTerms, (c) => c.weight * c.rarity);
  if (chosen.length === 0) return null;

  const found = scoreFields(parts, chosen, tuning);
  // Docs matching more of the message's words rank higher.
  const coordination = (doc: number) => (found.matched[doc]! / chosen.length) ** tuning.coordination;
  return {
    touched: found.touched,
    score: (doc) => (found.score[doc] ?? 0) * coordination(doc),
    matchedTerms: expandedTerms(chosen.map((c) => c.expansions)),
  };
}

/**
 * BM25F: a word's frequencies in title, tags and body, each length-normalised and weighted by field, add up
 * to one frequency that saturates once; words add up.
 */
interface Candidate {
  expansions: FieldExpansions;
  weight: number;
  rarity: number;
  /** Rarity of the word within each field (at least its overall rarity). */
  fieldRarity: number[];
}

function scoreFields(
  parts: SearchParts,
  chosen: readonly Candidate[],
  tuning: SuggestTuning,
): { touched: number[]; score: Float64Array; matched: Uint16Array } {
  const { docs, fields } = parts;
  const size = docs.records.length;
  const score = new Float64Array(size);
  const matched = new Uint16Array(size);
  const frequency = new Float64Array(size);
  const touched: number[] = [];
  const k1 = tuning.k1;
  const bestRarity = new Float64Array(size);
  for (const { expansions, weight, rarity, fieldRarity } of chosen) {
    const hit: number[] = [];
    for (let f = 0; f < FIELD_COUNT; f++) {
      const lengths = docs.fieldLengths[f]!;
      const averageLength = docs.averageLength(f);
      const b = tuning.b[f] ?? 0.75;
      const fieldWeight = tuning.fieldWeights[f] ?? 1;
      for (const { term, quality } of expansions[f]!) {
        const list = fields[f]!.get(term) ?? [];
        for (let p = 0; p < list.length; p++) {
          const doc = postingDoc(list[p]!);
          if (docs.records[doc] === null) continue;
          if (frequency[doc] === 0) hit.push(doc);
          bestRarity[doc] = Math.max(bestRarity[doc]!, f === 2 ? rarity : (fieldRarity[f] ?? rarity));
          const norm = 1 - b + (b * lengths[doc]!) / averageLength;
          frequency[doc]! += (fieldWeight * quality * postingTf(list[p]!)) / norm;
        }
      }
    }
    for (const doc of hit) {
      const tf = frequency[doc]!;
      const wordWeight = weight * bestRarity[doc]! ** tuning.idfPower;
      frequency[doc] = 0;
      bestRarity[doc] = 0;
      if (matched[doc] === 0) touched.push(doc);
      matched[doc]!++;
      score[doc]! += (wordWeight * tf * (k1 + 1)) / (tf + k1);
    }
  }
  return { touched, score, matched };
}

/** Index terms one typo (two from 8 letters) away from a word the index does not know; returns their best df. */
function addTypoMatches(
  parts: SearchParts,
  term: string,
  expansions: FieldExpansions,
  quality: number,
): number {
  if (!/^[a-z]+$/.test(term)) return 0;
  const typos = Math.max(1, allowedTypos(term.length));
  let df = 0;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const field = parts.fields[f]!;
    // Typos rarely hit the first letter; words sharing it are few enough to check one by one.
    const terms = field.prefixTerms(term[0]!, MAX_TYPO_SCAN);
    if (!terms) continue;
    for (const other of terms) {
      if (Math.abs(other.length - term.length) > typos) continue;
      const distance = boundedEditDistance(term, other, typos);
      if (distance > typos) continue;
      expansions[f]!.push({ term: other, quality: quality * (MATCH_FUZZY[distance] ?? 0) });
      df = Math.max(df, field.documentFrequency(other));
    }
  }
  return df;
}

/**
 * The plain form of a superlative or comparative the index does not know: "rudest" and "ruder" meet
 * "rude" (stemmed "rud"), "longest" meets "long", "biggest" meets "big". Returns its df, 0 when unknown.
 */
function addBaseForm(parts: SearchParts, term: string, expansions: FieldExpansions, quality: number): number {
  const base = /^([a-z]{3,})(?:est|er)$/.exec(term)?.[1];
  if (!base) return 0;
  let df = 0;
  for (const form of new Set([base, stem(`${base}e`), base.replace(/([^aeiou])\1$/, '$1')])) {
    for (let f = 0; f < FIELD_COUNT; f++) {
      const fieldDf = parts.fields[f]!.documentFrequency(form);
      if (fieldDf === 0) continue;
      expansions[f]!.push({ term: form, quality });
      df = Math.max(df, fieldDf);
    }
  }
  return df;
}

/**
 * Other forms of a word that the light stemmer keeps apart: "withdraw" and "withdrawal", "verifi" and
 * "verification". Terms sharing all but the last few letters, at a lower quality; returns their best df.
 */
function addRelatedForms(
  parts: SearchParts,
  term: string,
  expansions: FieldExpansions,
  quality: number,
): number {
  const stemLength = Math.max(5, term.length - 2);
  const root = term.slice(0, stemLength);
  let df = 0;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const field = parts.fields[f]!;
    const terms = field.prefixTerms(root, 20);
    if (!terms) continue;
    for (const other of terms) {
      if (other === term || other.length > term.length + 5) continue;
      expansions[f]!.push({ term: other, quality });
      df = Math.max(df, field.documentFrequency(other));
    }
  }
  return df;
}
