// A rule's own keywords ("return window", "need it by"), matched in canonical text. Compiled once
// per keyword list; words that only look like a request ("credit card") are left out.
import type { NudgeRule } from '../types';
import { compileLimitWords, type LimitWordsFile } from './limit-phrases';
// The limits' words are data (limit-words.json; the panel fetches it: vite.config.ts).
import limitWords from './limit-words.json';

/** The limits' frames (false friends, repeats, status questions, what a draft gives), compiled once. */
export const LIMIT_WORDS = compileLimitWords(limitWords as LimitWordsFile);

/**
 * "The second replacement", "the replacement is also broken", "thanks for the replacement… the second
 * one is also cracked": a repeat on the same order ("I ordered two mugs, the second one is cracked"
 * is not one: no replacement came before).
 */
export const REPEAT = new RegExp(LIMIT_WORDS.repeat);

/** A refund (or credit) already under way or received: asked about, not asked for. */
export const STATUS = new RegExp(LIMIT_WORDS.status);

export interface KeywordHit {
  start: number;
  end: number;
}

// Phrases in which a keyword does not mean the thing asked for: correcting data ("replaced the
// estimates with your reading"), a service named after a swap ("SIM swaps") or a new one soon
// after a link or code ("codes last ten minutes, so I've sent a new one") is no item sent.
const FALSE_FRIENDS = new RegExp(LIMIT_WORDS.falseFriends, 'g');

// Changing money ("exchange USD for GBP", "currency exchange") is not swapping an item.
const MONEY_TALK =
  /\b(?:currenc(?:y|ies)|fiat|crypto\w*|bitcoin|usd|eur|gbp|rubles?|roubles?|dollars|euros|pounds|yen|money|cash)\b/;

function isMoneyExchange(text: string, start: number, end: number): boolean {
  if (!text.startsWith('exchang', start)) return false;
  const from = Math.max(
    text.lastIndexOf('.', start),
    text.lastIndexOf('!', start),
    text.lastIndexOf('?', start),
  );
  const stop = text.slice(end).search(/[.!?]/);
  return MONEY_TALK.test(text.slice(from + 1, stop < 0 ? undefined : end + stop));
}

const CACHE = new Map<string, RegExp | null>();
const CACHE_LIMIT = 500;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PRONOUN = /^(?:it|this|them|these|those|one)$/;

/**
 * A keyword phrase as a pattern: up to two extra words between its words (not across punctuation:
 * "new router remotely, it" is not "new one"), pronouns interchangeable.
 */
function phrase(keyword: string): string {
  return keyword
    .split(' ')
    .map((word) => (PRONOUN.test(word) ? '(?:it|this|them|these|those|one)' : escapeRegExp(word)))
    .join(String.raw`(?:\s+[^\s,.;:!?]+){0,2}?\s+`);
}

function compile(keywords: readonly string[]): RegExp | null {
  const key = keywords.join('\u0000');
  const cached = CACHE.get(key);
  if (cached !== undefined) return cached;
  const parts = keywords
    .map((keyword) => keyword.toLowerCase().replace(/[’‘`]/g, "'").trim().replace(/\s+/g, ' '))
    // "30 days" names a window, not a request: on its own it would fire on every returns question.
    .filter((keyword) => keyword.length >= 2 && !/^\d+ ?[a-z]+$/.test(keyword))
    .sort((a, b) => b.length - a.length)
    .map(phrase);
  const pattern = parts.length
    ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${parts.join('|')})(?:s|es|ed|d|ing)?(?![\p{L}\p{N}])`, 'gu')
    : null;
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(key, pattern);
  return pattern;
}

/** Where `rule`'s keywords occur in `text`, outside phrases that mean something else. */
export function keywordHits(rule: NudgeRule, text: string): KeywordHit[] {
  const keywords = Array.isArray(rule.keywords) ? rule.keywords.filter((k) => typeof k === 'string') : [];
  const pattern = compile(keywords);
  if (!pattern) return [];
  const blocked = [...text.matchAll(FALSE_FRIENDS)].map((m) => [m.index, m.index + m[0].length] as const);
  const hits: KeywordHit[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (blocked.some(([a, b]) => start < b && a < end) || isMoneyExchange(text, start, end)) continue;
    hits.push({ start, end });
  }
  return hits;
}
