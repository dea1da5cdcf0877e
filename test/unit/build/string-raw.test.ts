// The build writes `String.raw` templates as plain ones (vite.string-raw.ts) so the minifier can join
// the parts of a long pattern. Every string the sources build must come out the same: checked here on
// every source file, and by running a few rewritten snippets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync, Visitor } from 'vite';
import { describe, expect, it } from 'vitest';
import { plainTemplates } from '../../../vite.string-raw';

const SRC = join(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The strings of every template in `code`, in order: the raw text for `String.raw`, else the cooked. */
function templateStrings(code: string, file: string): string[] {
  const strings: string[] = [];
  const rawQuasis = new Set<unknown>();
  const parsed = parseSync(file, code, { lang: file.endsWith('x') ? 'tsx' : 'ts' });
  expect(parsed.errors).toEqual([]);
  new Visitor({
    TaggedTemplateExpression(node) {
      const tag = node.tag;
      if (tag.type === 'MemberExpression' && tag.object.type === 'Identifier' && tag.object.name === 'String')
        rawQuasis.add(node.quasi);
    },
    TemplateLiteral(node) {
      const raw = rawQuasis.has(node);
      for (const quasi of node.quasis) strings.push(raw ? quasi.value.raw : (quasi.value.cooked ?? ''));
    },
  }).visit(parsed.program);
  return strings;
}

describe('String.raw templates as plain templates', () => {
  const files = sourceFiles(SRC).filter((file) => readFileSync(file, 'utf8').includes('String.raw'));

  it('finds the sources that use String.raw', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('keeps every template string of every source file', () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const out = plainTemplates(code, file);
      expect(out, file).not.toBeNull();
      expect(out, file).not.toMatch(/String\.raw`/);
      expect(templateStrings(out ?? '', file), file).toEqual(templateStrings(code, file));
    }
  });

  it('builds the same strings when run', () => {
    const code = [
      'function run() {',
      'const part = String.raw`\\b(?:a|b)\\d+`;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template
      'const tick = String.raw`\\` and \\${not a substitution}`;',
      "const money = '¤ ünïcode ' + String.raw`\\s¤\\w`;",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template
      'const nested = String.raw`(?:${part}|${String.raw`\\.x${"\\\\"}`})\\b` + String.raw`\\n`;',
      'return [part, tick, money, nested];',
      '}',
    ].join('\n');
    const out = plainTemplates(code, 'snippet.ts') ?? '';
    expect(out).not.toContain('String.raw');
    expect(new Function(`${out}\nreturn run();`)()).toEqual(new Function(`${code}\nreturn run();`)());
  });

  it('leaves a file without String.raw alone', () => {
    expect(plainTemplates('const a = `x\\n`;', 'plain.ts')).toBeNull();
  });
});
