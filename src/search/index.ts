// Public API of the search engine (pure TypeScript: runs in the extension, in vitest and in the CLI).
export { docFromArticle, docFromPlaybook, docFromSnippet } from './from-model';
export { cleanMessage, type PageFacts, queryFromPage } from './page-query';
export { SearchIndex } from './search-index';
export { SUPPORT_SYNONYMS } from './synonyms';
export type { DocKind, SearchDoc, SearchHit, SearchOptions, SuggestOptions } from './types';
