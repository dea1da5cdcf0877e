// The generic adapter: works on any page with the heuristics in ../read-page.ts and its helpers
// (conversation blocks, labels, headings, the largest text block, the focused or labelled reply box).
import { defineAdapter } from '../read-page';

export const genericAdapter = defineAdapter({
  name: 'generic',
  matches: () => true,
});
