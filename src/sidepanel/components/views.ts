// The code behind the home screen, in one chunk that loads after the first paint (lazy-views.ts) and is
// fetched once the panel is idle: the item views, "I own this", Insights, the keyboard-shortcut list and
// what "Draft an article" runs. One chunk rather than one per view: each chunk repeats its imports and
// compresses on its own, and the panel fetches them all soon after it paints anyway.
export { startDraft } from '../start-draft';
export { ArticleView } from './ArticleView';
export { Insights } from './Insights';
export { OwnThisForm } from './OwnThisForm';
export { PlaybookView } from './PlaybookView';
export { ShortcutHelp } from './ShortcutHelp';
export { SnippetView } from './SnippetView';
