import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { MEANING_AUTO_MAX } from '../../../src/cli/command-suggest';
import { loadKb } from '../../../src/cli/load-kb';
import { main } from '../../../src/cli/main';
import { SearchIndex } from '../../../src/search';
import { ARTICLES, tempFile } from './temp-files';

let stderr: MockInstance;
beforeEach(() => {
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => stderr.mockRestore());

async function run(argv: string[]): Promise<{ code: number; lines: unknown[]; error: string }> {
  const lines: unknown[] = [];
  const code = await main(argv, (line) => lines.push(JSON.parse(line)));
  return { code, lines, error: stderr.mock.calls.map((call) => String(call[0])).join('') };
}

const kb = tempFile('main-kb.json', ARTICLES);

describe('ownit search', () => {
  it('prints one JSON line per query', async () => {
    const queries = tempFile('queries.json', [{ text: 'refnd' }, { text: 'late deliv', expect: 'late' }]);
    const { code, lines, error } = await run(['search', '--kb', kb, '--queries', queries, '--limit', '2']);
    expect(error).toBe('');
    expect(code).toBe(0);
    expect(lines).toEqual([
      { query: 'refnd', results: ['refund'], ms: expect.any(Number) },
      { query: 'late deliv', results: ['late'], ms: expect.any(Number) },
    ]);
  });

  it('fails with a clear message and exit code', async () => {
    const missing = await run(['search', '--kb', kb]);
    expect(missing.code).toBe(2);
    expect(missing.error).toMatch(/^ownit: Missing --queries\. Usage: ownit search/);
    const notFound = await run(['search', '--kb', '/nope.json', '--queries', '/nope-q.json']);
    expect(notFound.code).toBe(1);
    expect(notFound.error).toMatch(/File not found: \/nope/);
    const badQueries = await run(['search', '--kb', kb, '--queries', tempFile('q-bad.json', { text: 'x' })]);
    expect(badQueries.code).toBe(1);
    expect(badQueries.error).toMatch(/expected a JSON array of queries/);
  });
});

describe('ownit suggest', () => {
  it('suggests for text and html pages', async () => {
    const pages = tempFile('pages.json', [
      { id: 'p1', text: "Hi, my parcel still hasn't arrived. Thanks, Dana" },
      {
        id: 'p2',
        html: '<html><head><title>Ticket</title><script>refund()</script></head><body><p>I can&#39;t log in! It says my password is wrong every time.</p></body></html>',
      },
    ]);
    const { code, lines } = await run(['suggest', '--kb', kb, '--pages', pages, '--limit', '1']);
    expect(code).toBe(0);
    expect(lines).toEqual([
      { id: 'p1', results: ['late'], confident: true, ms: expect.any(Number) },
      { id: 'p2', results: ['locked'], confident: true, ms: expect.any(Number) },
    ]);
  });

  it('says a page that states no problem has no confident suggestion', async () => {
    const pages = tempFile('pages-chatter.json', [
      { id: 'thanks', text: 'Thank you so much, have a lovely weekend!' },
    ]);
    const { code, lines } = await run(['suggest', '--kb', kb, '--pages', pages, '--meaning', 'on']);
    expect(code).toBe(0);
    expect(lines).toEqual([expect.objectContaining({ id: 'thanks', confident: false })]);
  });

  it('rejects a page without text or html', async () => {
    const pages = tempFile('pages-bad.json', [{ id: 'p1' }]);
    const { code, error } = await run(['suggest', '--kb', kb, '--pages', pages]);
    expect(code).toBe(1);
    expect(error).toMatch(/item 0 needs a "text" or an "html" string/);
  });
});

describe('ownit suggest --meaning', () => {
  const meaningKb = tempFile('meaning-kb.json', [
    ...ARTICLES,
    {
      id: 'verify',
      title: 'Why we verify your identity',
      body: 'The law requires us to check who opens an account.\n- Why do you need a photo of my passport?',
    },
  ]);
  const texts = {
    birthdate: 'Do you need my birthdate?',
    parcel: "Hi, my parcel still hasn't arrived. Thanks, Dana",
    login: 'I cannot log in since this morning',
    thumbs: '👍',
  };
  const pages = tempFile(
    'meaning-pages.json',
    Object.entries(texts).map(([id, text]) => ({ id, text })),
  );
  const resultsOf = (lines: unknown[]) => lines.map((line) => (line as { results: string[] }).results);

  it('gives the words-only results with --meaning off', async () => {
    const { code, lines, error } = await run([
      'suggest',
      '--kb',
      meaningKb,
      '--pages',
      pages,
      '--meaning',
      'off',
    ]);
    expect(error).toBe('');
    expect(code).toBe(0);
    const index = SearchIndex.build(await loadKb(meaningKb));
    expect(resultsOf(lines)).toEqual(
      Object.values(texts).map((text) => index.suggest(text).map((hit) => hit.id)),
    );
    expect(lines[0]).toEqual({ id: 'birthdate', results: [], ms: expect.any(Number) });
    expect(resultsOf(lines)[1]![0]).toBe('late');
  });

  it('finds an article by meaning when no word matches, by default and with --meaning on', async () => {
    for (const flags of [[], ['--meaning', 'on'], ['--meaning=on'], ['--meaning', 'auto']]) {
      const { code, lines } = await run(['suggest', '--kb', meaningKb, '--pages', pages, ...flags]);
      expect(code).toBe(0);
      const [birthdate, parcel, login, thumbs] = resultsOf(lines);
      expect(birthdate![0]).toBe('verify');
      expect(parcel![0]).toBe('late');
      expect(login![0]).toBe('locked');
      expect(thumbs).toEqual([]);
    }
  });

  it('rejects a --meaning other than on, off or auto', async () => {
    const maybe = await run(['suggest', '--kb', meaningKb, '--pages', pages, '--meaning', 'maybe']);
    expect(maybe.code).toBe(2);
    expect(maybe.lines).toEqual([]);
    expect(maybe.error).toMatch(/^ownit: --meaning is "on", "off" or "auto"\. ownit suggest --kb/);
    const missing = await run(['suggest', '--kb', meaningKb, '--pages', pages, '--meaning']);
    expect(missing.code).toBe(2);
    expect(missing.error).toMatch(/Flag --meaning needs a value/);
  });

  it('checks --meaning before reading the files', async () => {
    const { code, error } = await run([
      'suggest',
      '--kb',
      '/nope.json',
      '--pages',
      '/nope-p.json',
      '--meaning',
      'yes',
    ]);
    expect(code).toBe(2);
    expect(error).toMatch(/--meaning is "on", "off" or "auto"/);
  });

  it('by default suggests from a large knowledge base by words only, and says so', async () => {
    const many = Array.from({ length: MEANING_AUTO_MAX + 1 }, (_, i) => ({
      id: `a${i}`,
      title: i === 7 ? 'Parcel delivery is late' : `Printer setting number ${i}`,
      body: 'Steps for the desk.',
      tags: [],
    }));
    const bigKb = tempFile('big-kb.json', many);
    const auto = await run(['suggest', '--kb', bigKb, '--pages', pages]);
    expect(auto.code).toBe(0);
    expect(auto.error).toMatch(
      new RegExp(`^ownit suggest: ${MEANING_AUTO_MAX + 1} items, so suggesting by words only .*--meaning on`),
    );
    stderr.mockClear();
    const off = await run(['suggest', '--kb', bigKb, '--pages', pages, '--meaning', 'off']);
    expect(off.error).toBe('');
    expect(resultsOf(auto.lines)).toEqual(resultsOf(off.lines));
    // The parcel message still finds its article by its words.
    expect(resultsOf(auto.lines)[1]![0]).toBe('a7');
  });
});

describe('ownit', () => {
  it('rejects an unknown command, listing the known ones', async () => {
    const { code, error } = await run(['frobnicate']);
    expect(code).toBe(2);
    expect(error).toMatch(/Unknown command "frobnicate"\. Commands: search, suggest/);
  });

  it('prints usage without a command', async () => {
    const { code, error } = await run([]);
    expect(code).toBe(2);
    expect(error).toMatch(/Usage:\n {2}ownit search/);
  });
});

describe('ownit validate', () => {
  it('summarises a valid pack', async () => {
    const { code, lines } = await run(['validate', 'src/storage/starter-pack.json']);
    expect(code).toBe(0);
    expect(lines).toEqual([
      {
        file: 'src/storage/starter-pack.json',
        ok: true,
        id: 'starter',
        version: '1.1.0',
        articles: 37,
        playbooks: 6,
        rules: 7,
        sha256: 'absent',
        signedBy: [],
      },
    ]);
  });

  it('names each problem and exits non-zero', async () => {
    const bad = tempFile('bad-pack.json', {
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'team',
      name: 'Team',
      version: '1',
      articles: [{ id: 'a', title: '', body: 'x' }],
      rules: [
        { id: 'r', action: 'refund', label: 'Refund', per: 'order', limit: { amount: -1, currency: 'USD' } },
      ],
    });
    const { code, lines, error } = await run(['validate', bad]);
    expect(code).toBe(1);
    expect(lines).toEqual([]);
    expect(error).toContain('articles[0].title: must not be empty');
    expect(error).toContain('rules[0].limit');
    expect((await run(['validate'])).code).toBe(2);
  });
});
