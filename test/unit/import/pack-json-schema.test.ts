// docs/pack.schema.json agrees with parsePack on the starter pack, an exported pack and broken packs.
// Ajv is not a dependency of Own It; it is present through web-ext, so this test uses it when found.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kbToPack } from '../../../src/export/pack-export';
import { parseImportFile } from '../../../src/import/parse-file';
import { planImport } from '../../../src/import/plan';
import { parsePack } from '../../../src/shared/pack-schema';
import starter from '../../../src/storage/starter-pack.json';
import { FIXTURES } from './fixtures';

type Validate = ((data: unknown) => boolean) & { errors?: unknown };

function loadValidator(): Validate | undefined {
  try {
    const require = createRequire(import.meta.url);
    const Ajv2020 = require('ajv/dist/2020') as {
      default: new (options: object) => { compile(schema: object): Validate };
    };
    const schema = JSON.parse(
      readFileSync(join(FIXTURES, '../../../docs/pack.schema.json'), 'utf8'),
    ) as object;
    return new Ajv2020.default({ strict: false, allErrors: true }).compile(schema);
  } catch {
    return undefined;
  }
}

const validate = loadValidator();

describe.skipIf(!validate)('docs/pack.schema.json', () => {
  it('accepts the starter pack and an exported pack', () => {
    expect(validate!(starter)).toBe(true);
    const learned = {
      ...starter,
      articles: [{ id: 'a', title: 'A', body: '', learnedPhrasings: ['kettle [#] dead'] }],
    };
    expect(validate!(learned)).toBe(true);
    expect(parsePack(learned).ok).toBe(true);
    const parsed = parseImportFile('team-pack.json', readFileSync(join(FIXTURES, 'team-pack.json'), 'utf8'));
    const plan = planImport({ articles: [], playbooks: [], rules: [] }, parsed.items);
    const stored = plan.rows.map((row) => row.next!);
    const kb = {
      articles: stored.filter((_, i) => plan.rows[i]!.kind === 'article'),
      playbooks: stored.filter((_, i) => plan.rows[i]!.kind === 'playbook'),
      rules: stored.filter((_, i) => plan.rows[i]!.kind === 'rule'),
    } as Parameters<typeof kbToPack>[0];
    const exported = kbToPack(kb, { id: 'export', name: 'Export', version: '1' });
    expect(validate!(JSON.parse(JSON.stringify(exported)))).toBe(true);
    expect(parsePack(exported).ok).toBe(true);
  });

  it('rejects what parsePack rejects', () => {
    const broken = [
      { ...starter, format: 'other' },
      { ...starter, articles: [{ id: 'a', title: '', body: '' }] },
      { ...starter, articles: [{ id: 'a', title: 'A', body: '', reviewBy: '31/12/2027' }] },
      {
        ...starter,
        rules: [
          { id: 'r', action: 'refund', label: 'R', limit: { amount: -1, currency: 'USD' }, per: 'order' },
        ],
      },
      { ...starter, playbooks: [{ id: 'p', title: 'P', steps: [] }] },
      { ...starter, articles: [{ id: 'a', title: 'A', body: '', learnedPhrasings: ['ok', ''] }] },
      {
        ...starter,
        articles: [
          { id: 'a', title: 'A', body: '', learnedPhrasings: Array.from({ length: 51 }, (_, i) => `p${i}`) },
        ],
      },
    ];
    for (const pack of broken) {
      expect(parsePack(pack).ok).toBe(false);
      expect(validate!(pack)).toBe(false);
    }
  });
});
