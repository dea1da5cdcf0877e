// What the panel loads after first paint for nudges. The data the engine reads when it loads (the English
// phrase file, the typo words, the words that tell languages apart) is fetched here first, like the Spanish phrase file, because the panel's
// JavaScript budget has no room for it as code: the build points the engine's imports of those files at
// what this module leaves in `__ownItPanelData` (vite.config.ts, PANEL_DATA). Then the engine
// (nudge-analysis.ts) loads.
import englishPhrasesUrl from '../nudges/lang/en.json?url';
import languageWordsUrl from '../nudges/language-words.json?url&no-inline';
import limitWordsUrl from '../nudges/limits/limit-words.json?url&no-inline';
import typoWordsUrl from '../nudges/text/typo-words.json?url&no-inline';

export type NudgeEngine = typeof import('./nudge-analysis');

async function readJson(url: string, what: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what} could not be read (${response.status})`);
  return response.json();
}

/** The engine, once its data is in; rejects when a file could not be read. */
export async function loadNudgeEngine(): Promise<NudgeEngine> {
  const [englishPhrases, typoWords, languageWords, limitWords] = await Promise.all([
    readJson(englishPhrasesUrl, 'the English phrases'),
    readJson(typoWordsUrl, 'the typo words'),
    readJson(languageWordsUrl, 'the language words'),
    readJson(limitWordsUrl, 'the limit words'),
  ]);
  const data = { englishPhrases, typoWords, draftWords: languageWords, languageWords, limitWords };
  (globalThis as { __ownItPanelData?: Record<string, unknown> }).__ownItPanelData = data;
  const engine = await import('./nudge-analysis');
  await engine.ready;
  return engine;
}
