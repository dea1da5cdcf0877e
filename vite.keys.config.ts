import { classicScript } from './vite.classic-script';

// The snippet-shortcut script (src/content/snippet-keys/), injected only on sites where the agent turned
// shortcuts on.
export default classicScript('src/content/snippet-keys/index.ts', 'OwnItSnippetKeys', 'snippet-keys.js');
