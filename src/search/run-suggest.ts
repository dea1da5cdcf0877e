// Page-context suggestion: a customer message against the whole index, rare words weighted up,
// any word may match (OR), support synonyms added.
import { accumulate, inverseDocumentFrequency, popcount } from './bm25';
import { FIELD_COUNT } from './doc-table';
import { excerptOf, matchedTitleWords } from './hit-details';
import { foldText, splitWords } from './normalize';
import { cleanMessage } from './page-query';
import { isoDay, isStale, signalFactor } from './ranking-signals';
import type { SearchParts } from './run-search';
import { stem } from './stem';
import { isSuggestionNoise } from './stopwords';
import { findSynonymGroups, groupPhrases } from './synonyms';
import { type Expansion, expandedTerms, type FieldExpansions } from './term-expansion';
import { topK } from './top-k';
import { resultLimit, type SearchHit, type SuggestOptions } from './types';
import { SUGGEST_TUNING, type SuggestTuning } from './weights';

/** Weighted index terms of a message: topic words by frequency, plus synonyms of support phrases. */
export function messageTerms(text: string, tuning: SuggestTuning = SUGGEST_TUNING): Map<string, number> {
  const words = splitWords(foldText(cleanMessage(text.slice(0, 20_000)))).slice(0, tuning.maxWords);
  const counts = new Map<string, number>();
  for (const word of words) {
    if (isSuggestionNoise(word) || /^\d{1,2}$/.test(word)) continue;
    const term = stem(word);
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const [term, count] of counts) weights.set(term, 1 + Math.log(count));
  // "not" tells "card not working" from "card working"; it counts a little, once.
  if (tuning.negationWeight > 0 && words.includes('not')) weights.set('not', tuning.negationWeight);
  const raise = (term: string, weight: number) => {
    if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
  };
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
  const weighted = messageTerms(text, tuning);
  if (weighted.size === 0) return [];

  const totalDocs = parts.docs.liveCount;
  const candidates: { expansions: FieldExpansions; weight: number; rarity: number }[] = [];
  for (const [term, weight] of weighted) {
    const expansions: FieldExpansions = [[], [], []];
    let rarity = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const df = parts.fields[f]!.documentFrequency(term);
      if (df > 0) {
        expansions[f]!.push({ term, quality: 1 });
        rarity = Math.max(rarity, inverseDocumentFrequency(totalDocs, df));
      }
    }
    if (rarity === 0 && term.length >= 5) {
      rarity = addTypoMatches(parts, term, expansions, tuning.fuzzyQuality);
    }
    if (tuning.relatedFormQuality > 0 && term.length >= 5) {
      rarity = Math.max(rarity, addRelatedForms(parts, term, expansions, tuning.relatedFormQuality));
    }
    if (rarity > 0) candidates.push({ expansions, weight, rarity });
  }
  const chosen = topK(candidates, tuning.maxTerms, (c) => c.weight * c.rarity);
  if (chosen.length === 0) return [];

  const found = accumulate(
    parts,
    chosen.map((c) => c.expansions),
    {
      fieldWeights: tuning.fieldWeights,
      termWeights: chosen.map((c) => c.weight),
      k1: tuning.k1,
      b: tuning.b,
      idfPower: tuning.idfPower,
    },
  );
  const now = options.now ?? Date.now();
  const today = isoDay(now);
  const matchedTerms = expandedTerms(chosen.map((c) => c.expansions));

  // Docs matching more of the message's words rank higher.
  const counted = Math.min(16, chosen.length);
  const coordination = (doc: number) => (popcount(found.matched[doc]!) / counted) ** tuning.coordination;
  const baseScore = (doc: number) => found.score[doc]! * coordination(doc);
  const rankScore = (doc: number) => baseScore(doc) * signalFactor(parts.docs.get(doc)!, now, today);
  return topK(found.touched, limit, rankScore).map((doc) => {
    const record = parts.docs.get(doc)!;
    return {
      id: record.id,
      kind: record.kind,
      title: record.title,
      score: rankScore(doc),
      stale: isStale(record, today),
      titleTerms: matchedTitleWords(record.title, matchedTerms),
      excerpt: excerptOf(record, matchedTerms),
    };
  });
}

/** Title/tag terms one edit away from a word the index does not know; returns their best rarity. */
function addTypoMatches(
  parts: SearchParts,
  term: string,
  expansions: FieldExpansions,
  quality: number,
): number {
  let rarity = 0;
  for (const match of parts.fuzzy.near(term, 1)) {
    for (let f = 0; f < FIELD_COUNT; f++) {
      const df = parts.fields[f]!.documentFrequency(match.term);
      if (df === 0) continue;
      const expansion: Expansion = { term: match.term, quality };
      expansions[f]!.push(expansion);
      rarity = Math.max(rarity, inverseDocumentFrequency(parts.docs.liveCount, df));
    }
  }
  return rarity;
}

/**
 * Other forms of a word that the light stemmer keeps apart: "withdraw" and "withdrawal", "verifi" and
 * "verification". Terms sharing all but the last few letters, at a lower quality.
 */
function addRelatedForms(
  parts: SearchParts,
  term: string,
  expansions: FieldExpansions,
  quality: number,
): number {
  const stemLength = Math.max(5, term.length - 2);
  const root = term.slice(0, stemLength);
  let rarity = 0;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const field = parts.fields[f]!;
    const { start, end } = field.prefixRange(root);
    if (end - start > 20) continue;
    const terms = field.sortedTerms();
    for (let i = start; i < end; i++) {
      const other = terms[i]!;
      if (other === term || other.length > term.length + 5) continue;
      expansions[f]!.push({ term: other, quality });
      rarity = Math.max(
        rarity,
        inverseDocumentFrequency(parts.docs.liveCount, field.documentFrequency(other)),
      );
    }
  }
  return rarity;
}
