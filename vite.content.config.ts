import { classicScript } from './vite.classic-script';

// The content script (src/content/index.ts), in every page the agent opens.
export default classicScript('src/content/index.ts', 'OwnItContent', 'content.js');
