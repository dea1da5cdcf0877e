import { classicScript } from './vite.classic-script';

// The reply-box editor (src/content/editor.ts), injected beside the content script the first time the
// panel writes into a page.
export default classicScript('src/content/editor-entry.ts', 'OwnItEditor', 'editor.js');
