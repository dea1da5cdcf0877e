import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, type MessageEntry } from '../../../src/shared/i18n';

const ROOT = new URL('../../../', import.meta.url).pathname;
const LOCALES = ['en', 'es'] as const;

function messages(locale: string): Record<string, MessageEntry> {
  return JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory()
      ? filesUnder(path, pattern)
      : pattern.test(name)
        ? [path]
        : [];
  });
}

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/**
 * Visible English left in JSX: text between tags, and text attributes (labels, titles, placeholders).
 * Text in `{…}` expressions is the code's business (it goes through `t`).
 */
function untranslatedText(code: string): string[] {
  const found: string[] = [];
  const source = withoutComments(code);
  // Text right after an opening tag, a closing tag or a self-closing tag, up to the next tag or `{`.
  // The `>` of an arrow function in an attribute (`onClick={() => save()}`) does not end the tag.
  const tags = /(?:<[A-Za-z][\w.]*(?:\s(?:=>|[^<>=]|=(?!>))*?)?>|<\/[\w.]*>|\/>)([^<>{}]+)/g;
  for (const match of source.matchAll(tags)) {
    const text = (match[1] ?? '').trim();
    if (!/\p{L}{2,}/u.test(text) || /^[([;,)=.:?|&]/.test(text) || KEY_CAPS.test(text)) continue;
    found.push(text);
  }
  for (const match of source.matchAll(/\b(aria-label|title|placeholder|alt|label)="([^"]*)"/g)) {
    if (/\p{L}{2,}/u.test(match[2] ?? '')) found.push(`${match[1]}="${match[2]}"`);
  }
  return [...found, ...proseLiterals(source)];
}

/** String literals that read as a sentence or label ("No article matches", `Saved ${n} rules`). */
function proseLiterals(code: string): string[] {
  const found: string[] = [];
  // Messages for developers in the console stay in English.
  const ui = withoutComments(code).replace(/^.*console\.(warn|error|info|log|debug)\(.*$/gm, '');
  for (const match of ui.matchAll(/(['"`])([A-Z][a-z]+[ ,][^'"`\n]*?)\1/g)) {
    const text = match[2] ?? '';
    if (/\p{L}{2,}[ ,]+\p{L}{2,}/u.test(text.replace(/\$\{[^}]*\}/g, ''))) found.push(text);
  }
  return found;
}

/** Key names on keycaps read the same in every language the extension ships. */
const KEY_CAPS = /^(Esc|Enter|Tab|Ctrl|Alt|Shift|Cmd|⌘)(\s*\+\s*(Esc|Enter|Tab|Ctrl|Alt|Shift|Cmd|⌘|\w))*$/;

describe('translations', () => {
  const english = messages('en');

  it.each(LOCALES)('%s has every key English has, and no other', (locale) => {
    expect(Object.keys(messages(locale)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LOCALES)('%s messages are well formed: placeholders defined, "$" written as "$$"', (locale) => {
    for (const [key, entry] of Object.entries(messages(locale))) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description ?? english[key]?.description, `${key} needs a description`).toBeTruthy();
      const names = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
      expect(names.sort(), `${key}: same placeholders as English`).toEqual(
        Object.keys(english[key]?.placeholders ?? {})
          .map((n) => n.toLowerCase())
          .sort(),
      );
      const leftover = entry.message.replace(/\$\$|\$[A-Za-z0-9_@]+\$/g, (whole) => {
        if (whole === '$$') return '';
        expect(names, `${key} uses ${whole}`).toContain(whole.slice(1, -1).toLowerCase());
        return '';
      });
      expect(leftover, `${key}: a lone "$" must be written "$$"`).not.toContain('$');
    }
  });

  it('English and Spanish differ where they should (Spanish is really translated)', () => {
    const spanish = messages('es');
    const same = Object.keys(english).filter(
      (key) =>
        english[key]?.message === spanish[key]?.message && /\p{L}{4,}/u.test(english[key]?.message ?? ''),
    );
    // Product names and the like may stay; most text must not.
    expect(same.filter((key) => key !== 'extName')).toEqual([]);
  });

  it('every key the code asks for exists, and every key is used', () => {
    const code = [...filesUnder('src', /\.(ts|tsx)$/), 'manifest.json']
      .map((file) => readFileSync(join(ROOT, file), 'utf8'))
      .join('\n');
    for (const match of code.matchAll(/\bt\(\s*'([^']+)'/g)) {
      expect(english, `t('${match[1]}')`).toHaveProperty([match[1] ?? '']);
    }
    for (const match of code.matchAll(/__MSG_(\w+)__/g)) expect(english).toHaveProperty([match[1] ?? '']);
    const unused = Object.keys(english).filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });

  it('formats placeholders as the browser does', () => {
    expect(formatMessage(english.itemGone, ['article'])).toBe(
      'This article is no longer in your knowledge base.',
    );
    expect(
      formatMessage({ message: 'Refunds up to $$$AMOUNT$', placeholders: { amount: { content: '$1' } } }, [
        '100',
      ]),
    ).toBe('Refunds up to $100');
  });
});

/** Files not yet moved to `t`; the list may only shrink (a clean file listed here fails the test). */
const NOT_YET_TRANSLATED = new Set<string>([]);

describe('no English left in the panel and options page', () => {
  it('reads past arrow functions in attributes, and still finds the text after them', () => {
    expect(untranslatedText('<button onClick={() => go()}>Save now</button>')).toEqual(['Save now']);
    expect(untranslatedText("<button onClick={() => go()}>{t('save')}</button>")).toEqual([]);
  });

  const files = [...filesUnder('src/sidepanel', /\.tsx?$/), ...filesUnder('src/options', /\.tsx?$/)].map(
    (f) => relative('.', f),
  );
  it.each(files)('%s', (file) => {
    const code = readFileSync(join(ROOT, file), 'utf8');
    const left = file.endsWith('.tsx') ? untranslatedText(code) : proseLiterals(code);
    if (NOT_YET_TRANSLATED.has(file))
      expect(left.length, `${file} is clean: remove it from the list`).toBeGreaterThan(0);
    else expect(left).toEqual([]);
  });
});
