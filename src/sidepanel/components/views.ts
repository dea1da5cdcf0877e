// The views behind the home screen, in one chunk that loads after the first paint (lazy-views.ts).
export { ArticleView } from './ArticleView';
export { OwnThisForm } from './OwnThisForm';
export { PlaybookView } from './PlaybookView';
export { SnippetView } from './SnippetView';
