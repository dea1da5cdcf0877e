import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { main } from '../../../src/cli/main';
import { parseImportFile } from '../../../src/import/parse-file';
import { parsePack } from '../../../src/shared/pack-schema';
import { tempFile } from '../cli/temp-files';
import { FIXTURES } from './fixtures';

let stderr: MockInstance;
beforeEach(() => {
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => stderr.mockRestore());

async function run(argv: string[]) {
  const lines: Record<string, unknown>[] = [];
  const code = await main(argv, (line) => lines.push(JSON.parse(line)));
  return { code, lines, error: stderr.mock.calls.map((call) => String(call[0])).join('') };
}

const fixture = (name: string) => join(FIXTURES, name);
const dir = mkdtempSync(join(tmpdir(), 'ownit-import-cli-'));
const out = (name: string) => join(dir, name);
const readPackFile = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('ownit import', () => {
  it('converts CSV, Markdown and helpdesk exports into one valid pack with a per-file summary', async () => {
    const target = out('import-all.json');
    const { code, lines, error } = await run([
      'import',
      fixture('articles.csv'),
      fixture('damaged-item.md'),
      fixture('intercom.json'),
      '--out',
      target,
      '--id',
      'team',
      '--name',
      'Team',
      '--version',
      '2',
    ]);
    expect(code).toBe(0);
    expect(lines.slice(0, 3).map((l) => [l.format, l.new, l.rejected])).toEqual([
      ['csv', 3, 0],
      ['markdown', 1, 0],
      ['intercom', 1, 0],
    ]);
    expect(error).toContain('articles.csv:1: warning: color: unknown column "color" is ignored');
    const result = parsePack(readPackFile(target));
    expect(result.ok && result.pack.articles.map((a) => a.id)).toEqual([
      'wifi-reset',
      'parcel-marked-delivered-but-missing',
      'gift-card',
      'damaged-item',
      'intercom-8123',
    ]);
  });

  it('exits 1 and writes nothing when a row is rejected, naming file, line and field', async () => {
    const target = out('never-written.json');
    const { code, error } = await run(['import', fixture('broken.csv'), '--out', target]);
    expect(code).toBe(1);
    expect(error).toContain('broken.csv:3: title: must not be empty');
    expect(error).toContain('broken.csv:4: review_by: "31/12/2027" is not a date like 2027-03-31');
    expect(error).toMatch(/3 rejected; nothing written/);
    expect(existsSync(target)).toBe(false);
  });

  it('with --allow-rejects writes the good rows', async () => {
    const target = out('import-allow.json');
    const { code } = await run(['import', fixture('broken.csv'), '--out', target, '--allow-rejects']);
    expect(code).toBe(0);
    expect((readPackFile(target).articles as { id: string }[]).map((a) => a.id)).toEqual(['ok-row']);
  });

  it('with --base updates an existing pack: new, updated and unchanged are reported', async () => {
    const base = fixture('team-pack.json');
    const csv = tempFile(
      'update.csv',
      'id,title,body,tags,keywords\nvip-escalation,VIP escalation,Call the account manager now.,vip,important customer\nnew-one,New one,Text,,\n',
    );
    const target = out('import-base.json');
    const { code, lines } = await run(['import', csv, '--base', base, '--out', target]);
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ new: 1, updated: 1, unchanged: 0 });
    const pack = readPackFile(target);
    expect(pack).toMatchObject({ id: 'acme-team', version: '2026.11.1' });
    expect((pack.articles as { id: string; body: string }[]).map((a) => [a.id, a.body])).toEqual([
      ['vip-escalation', 'Call the account manager now.'],
      ['new-one', 'Text'],
    ]);
    expect(pack.playbooks).toHaveLength(1);
  });

  it('keeps the snippets of a base pack and of imported packs, updating one by id', async () => {
    const reply = (id: string, title: string) => ({
      id,
      title,
      body: `Hi {{customer.name}}: ${title}`,
      tags: [],
    });
    const shell = {
      format: 'ownit-pack',
      formatVersion: 1,
      version: '1',
      articles: [],
      playbooks: [],
      rules: [],
    };
    const base = tempFile(
      'base-replies.json',
      JSON.stringify({
        ...shell,
        id: 'team',
        name: 'Team',
        snippets: [reply('late', 'Late'), reply('keep', 'Keep')],
      }),
    );
    const incoming = tempFile(
      'new-replies.json',
      JSON.stringify({
        ...shell,
        id: 'more',
        name: 'More',
        snippets: [reply('late', 'Late, again'), reply('new', 'New')],
      }),
    );
    const target = out('import-snippets.json');
    const { code, lines } = await run(['import', incoming, '--base', base, '--out', target]);
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ new: 1, updated: 1 });
    const snippets = readPackFile(target).snippets as { id: string; title: string }[];
    expect(snippets.map((s) => [s.id, s.title])).toEqual([
      ['late', 'Late, again'],
      ['keep', 'Keep'],
      ['new', 'New'],
    ]);
  });

  it('refuses a file in no supported format', async () => {
    const { code, error } = await run([
      'import',
      tempFile('notes.txt', 'just some words'),
      '--out',
      out('x.json'),
    ]);
    expect(code).toBe(1);
    expect(error).toMatch(/notes\.txt: not a format Own It can import/);
  });
});

describe('ownit export', () => {
  it('writes CSV, a Markdown zip or a pack from a pack file', async () => {
    const kb = fixture('team-pack.json');
    const csv = out('export.csv');
    expect((await run(['export', '--kb', kb, '--format', 'csv', '--out', csv])).code).toBe(0);
    expect(parseImportFile('export.csv', readFileSync(csv, 'utf8')).items.map((i) => i.item.id)).toEqual([
      'vip-escalation',
    ]);
    const zip = out('export.zip');
    expect((await run(['export', '--kb', kb, '--format', 'markdown-zip', '--out', zip])).code).toBe(0);
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(zip))))).toEqual(['vip-escalation.md']);
    const pack = out('export.json');
    const { lines } = await run(['export', '--kb', kb, '--format', 'pack', '--out', pack, '--ids', 'outage']);
    expect(lines[0]).toMatchObject({ articles: 0, playbooks: 1, rules: 0 });
  });

  it('rejects an unknown format with exit code 2', async () => {
    const { code, error } = await run([
      'export',
      '--kb',
      fixture('team-pack.json'),
      '--format',
      'xlsx',
      '--out',
      out('x'),
    ]);
    expect(code).toBe(2);
    expect(error).toMatch(/--format must be one of csv, markdown-zip, pack/);
  });
});

describe('ownit pack build', () => {
  it('builds a pack from a folder of Markdown and an export, signed with the documented hash', async () => {
    const folder = out('kb-folder');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.md'), '---\ntitle: A\n---\nBody A\n');
    writeFileSync(join(folder, 'notes.txt'), 'ignored: not an importable extension');
    const target = out('built.json');
    const { code, lines } = await run([
      'pack',
      'build',
      folder,
      fixture('zendesk.json'),
      '--out',
      target,
      '--id',
      'team',
      '--name',
      'Team',
      '--version',
      '1.2.0',
      '--hash',
    ]);
    expect(code).toBe(0);
    const pack = readPackFile(target);
    const { sha256, ...rest } = pack;
    expect(sha256).toBe(createHash('sha256').update(JSON.stringify(rest)).digest('hex'));
    expect(lines.at(-1)).toMatchObject({ id: 'team', articles: 2, sha256 });
    expect(parsePack(pack).ok).toBe(true);
  });

  it('puts a team phrases file into the pack with --phrases, and refuses one that is not valid', async () => {
    const folder = out('kb-phrases');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.md'), '---\ntitle: A\n---\nBody A\n');
    const phrases = { en: { parties: ['Acme Logistics'], departments: ['the Accounts Receivable team'] } };
    writeFileSync(out('phrases.json'), JSON.stringify(phrases));
    const base = ['pack', 'build', folder, '--id', 'team', '--name', 'Team', '--version', '1'];
    const built = await run([...base, '--out', out('with-phrases.json'), '--phrases', out('phrases.json')]);
    expect(built.code).toBe(0);
    const pack = readPackFile(out('with-phrases.json'));
    expect(pack.phrases).toEqual(phrases);
    expect(parsePack(pack).ok).toBe(true);

    writeFileSync(out('bad-phrases.json'), JSON.stringify({ en: { partners: ['Acme'] } }));
    const bad = await run([...base, '--out', out('bad.json'), '--phrases', out('bad-phrases.json')]);
    expect(bad.code).not.toBe(0);
    expect(bad.error).toContain('bad-phrases.json');
    expect(existsSync(out('bad.json'))).toBe(false);
  });

  it('needs build, --id, --name and --version', async () => {
    expect((await run(['pack', 'make', '--out', 'x'])).code).toBe(2);
    const missing = await run(['pack', 'build', fixture('damaged-item.md'), '--out', out('y.json')]);
    expect(missing.code).toBe(2);
    expect(missing.error).toMatch(/Missing --id/);
  });
});
