#!/usr/bin/env node
// `npm run eval`: runs src/cli/eval-main.ts through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/eval-main.ts');
