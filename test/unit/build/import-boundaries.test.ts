// The folder rules of docs/architecture.md, enforced: each extension context keeps to its own folder
// and the libraries every context shares never reach back into one. A move that breaks a rule fails
// here with the file and the import that broke it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

/** Folders that are one context each: they wire things together and never import each other. */
const CONTEXTS = ['background', 'content', 'sidepanel', 'options', 'cli'] as const;
/** Folders any context may use; they never import a context. */
const LIBRARIES = ['shared', 'storage', 'search', 'nudges', 'import', 'export', 'meaning'] as const;

/** Crossings made on purpose, each with its reason. */
const ALLOWED: Record<string, string> = {
  // One page reader for the panel and the CLI: `ownit suggest` runs the content script's own reader.
  'cli/page-reader.ts -> content/adapters/index': 'the CLI reads saved pages with the content reader',
};

interface Import {
  file: string;
  target: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const SPECIFIER = /(?:\bfrom|\bimport\s*\(|^\s*import)\s*['"]([^'"]+)['"]/gm;

function importsOf(file: string): Import[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(SPECIFIER)].map((match) => {
    const spec = match[1] as string;
    const target = spec.startsWith('.') ? relative(SRC, normalize(join(dirname(file), spec))) : spec;
    return { file: relative(SRC, file), target };
  });
}

const top = (path: string) => path.split('/')[0] ?? '';
const isContext = (folder: string) => (CONTEXTS as readonly string[]).includes(folder);

/** Every import that breaks a rule, as "file -> target (rule)". */
function violations(imports: readonly Import[]): string[] {
  const found: string[] = [];
  for (const { file, target } of imports) {
    const from = top(file);
    const key = `${file} -> ${target}`;
    if (ALLOWED[key]) continue;
    const local = !target.startsWith('..') && !target.startsWith('/') && target.includes('/');
    const to = local ? top(target) : '';
    if (target === 'dexie') {
      found.push(`${key} (Dexie is only for the migration tests; the product uses src/storage/idb)`);
    } else if (from === 'content' && to === 'storage') {
      found.push(`${key} (content scripts never open the database)`);
    } else if (local && to !== from && from === 'shared') {
      found.push(`${key} (src/shared imports only src/shared)`);
    } else if (local && to !== from && isContext(to)) {
      const rule = isContext(from)
        ? 'a context never imports another context'
        : 'a library never imports a context';
      found.push(`${key} (${rule})`);
    }
  }
  return found;
}

describe('import boundaries between folders', () => {
  const all = sourceFiles(SRC).flatMap(importsOf);

  it('reads the imports of every source file', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(new Set(all.map((i) => top(i.file)))).toEqual(new Set([...CONTEXTS, ...LIBRARIES]));
  });

  it('keeps every context and library to its own rules', () => {
    expect(violations(all)).toEqual([]);
  });

  it('names the file and the rule when one is broken', () => {
    expect(
      violations([
        { file: 'export/articles-csv.ts', target: 'sidepanel/export-notes' },
        { file: 'sidepanel/article-draft.ts', target: 'options/item-id' },
        { file: 'shared/theme.ts', target: 'storage/settings-profile' },
        { file: 'content/start.ts', target: 'storage/db' },
        { file: 'storage/db.ts', target: 'dexie' },
        { file: 'options/App.tsx', target: 'storage/db' },
        { file: 'cli/page-reader.ts', target: 'content/adapters/index' },
      ]),
    ).toEqual([
      'export/articles-csv.ts -> sidepanel/export-notes (a library never imports a context)',
      'sidepanel/article-draft.ts -> options/item-id (a context never imports another context)',
      'shared/theme.ts -> storage/settings-profile (src/shared imports only src/shared)',
      'content/start.ts -> storage/db (content scripts never open the database)',
      'storage/db.ts -> dexie (Dexie is only for the migration tests; the product uses src/storage/idb)',
    ]);
  });
});
