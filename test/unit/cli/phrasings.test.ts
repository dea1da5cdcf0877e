// `ownit phrasings export`: agents' learned-phrasings files into the team pack, checked, deduplicated,
// and the pack's old signature left out (it no longer matches).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { loadKb } from '../../../src/cli/load-kb';
import { main } from '../../../src/cli/main';
import { SearchIndex } from '../../../src/search';
import { parsePack } from '../../../src/shared/pack-schema';
import { tempFile } from './temp-files';

let stderr: MockInstance;
beforeEach(() => {
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => stderr.mockRestore());

async function run(argv: string[]) {
  const lines: unknown[] = [];
  const code = await main(argv, (line) => lines.push(JSON.parse(line)));
  return { code, lines, error: stderr.mock.calls.map((call) => String(call[0])).join('') };
}

const PACK = {
  format: 'ownit-pack',
  formatVersion: 1,
  id: 'team',
  name: 'Team',
  version: '1',
  sha256: 'f'.repeat(64),
  articles: [
    {
      id: 'warranty',
      title: 'Warranty claim',
      body: 'Repair or replace it.',
      learnedPhrasings: ['kettle is dead'],
    },
    { id: 'refund', title: 'Refund request', body: 'Money back to the card.' },
  ],
  playbooks: [],
  rules: [],
};

const learnedFile = (articles: object[]) => ({
  format: 'ownit-learned-phrasings',
  formatVersion: 1,
  exportedAt: '2026-12-06T09:00:00.000Z',
  articles,
});

describe('ownit phrasings export', () => {
  it("adds agents' phrasings to the pack's articles, once each, and the pack then suggests by them", async () => {
    const pack = tempFile('phrasings-pack.json', PACK);
    const ann = tempFile(
      'ann.json',
      learnedFile([
        { id: 'warranty', phrasings: ['Kettle is dead!', 'the toaster sparks when switched on'] },
      ]),
    );
    const bo = tempFile(
      'bo.json',
      learnedFile([
        { id: 'warranty', phrasings: ['the toaster sparks when switched on'] },
        { id: 'retired', phrasings: ['an article the pack no longer has'] },
      ]),
    );
    const out = tempFile('phrasings-out.json', '');
    const { code, lines, error } = await run([
      'phrasings',
      'export',
      ann,
      bo,
      '--pack',
      pack,
      '--out',
      out,
      '--version',
      '2',
    ]);
    expect(code).toBe(0);
    expect(lines).toEqual([
      { out, id: 'team', version: '2', added: 1, phrasings: 2, articles: 1, unknown: ['retired'] },
    ]);
    expect(error).toMatch(/1 article id\(s\) of the files are not in the pack.*retired/);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.sha256).toBeUndefined();
    expect(parsePack(written).ok).toBe(true);
    expect(written.articles[0].learnedPhrasings).toEqual([
      'kettle is dead',
      'the toaster sparks when switched on',
    ]);

    const index = SearchIndex.build(await loadKb(out));
    expect(index.suggest('my toaster gives off sparks')[0]?.id).toBe('warranty');
  });

  it('refuses a file that is not a learned-phrasings export, and writes nothing', async () => {
    const pack = tempFile('phrasings-pack2.json', PACK);
    const out = tempFile('phrasings-out2.json', 'untouched');
    const { code, error } = await run(['phrasings', 'export', pack, '--pack', pack, '--out', out]);
    expect(code).toBe(1);
    expect(error).toMatch(/is not a learned-phrasings file/);
    expect(readFileSync(out, 'utf8')).toBe('untouched');
    expect((await run(['phrasings', 'list'])).code).toBe(2);
  });
});
