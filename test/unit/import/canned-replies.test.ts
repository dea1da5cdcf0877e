// Zendesk macros and Freshdesk canned responses become snippets with Own It's fields; the CLI's
// --from forces a format; no input makes the parsers throw.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { main } from '../../../src/cli/main';
import { parseFreshdeskCanned, parseZendeskMacros } from '../../../src/import/canned-replies';
import { detectJsonFormat } from '../../../src/import/detect';
import { htmlToText } from '../../../src/import/html-text';
import { parseImportFile } from '../../../src/import/parse-file';
import { mapPlaceholders } from '../../../src/import/placeholders';
import { describeIssue, type ImportItem, type PackSnippet } from '../../../src/import/types';

import { parsePack } from '../../../src/shared/pack-schema';
import { fillFields, missingFields, pageValues } from '../../../src/shared/snippet-fields';
import { FIXTURES, fixtureText } from './fixtures';

const bodyOf = (entry: ImportItem | undefined) => ((entry as ImportItem).item as PackSnippet).body;

describe('Zendesk macros', () => {
  it('keeps the reply of each active macro, maps placeholders, tags the category', () => {
    const result = parseImportFile('macros.json', fixtureText('zendesk-macros.json'));
    expect(result.format).toBe('zendesk-macros');
    expect(result.items.map((i) => [i.kind, i.item])).toEqual([
      [
        'snippet',
        {
          id: 'zendesk-macro-360011',
          title: 'Refund approved',
          body: 'Hi {{customer.name}},\n\nI have refunded order {{ticket.id}}. It reaches your card in 3–5 working days.\n\nBest,\n{{agent.name}}',
          tags: ['Billing'],
        },
      ],
      [
        'snippet',
        {
          id: 'zendesk-macro-360012',
          title: 'Order status',
          body: 'Hello {{customer.fullname}}, your order "{{ticket.subject}}" is tracked here: {{ticket.url}}',
          tags: [],
        },
      ],
    ]);
    expect(result.errors.map(describeIssue)).toEqual([
      'macros.json: warning: 1 inactive macro skipped',
      'macros.json: warning: 1 item with no reply text skipped (they only change ticket fields)',
      'macros.json: warning: placeholders the page does not answer become fields asked when inserting: ticket.url',
    ]);
  });

  it('fills the imported snippet from the page and asks only for what the page does not know', () => {
    const body = bodyOf(
      parseZendeskMacros('m.json', JSON.parse(fixtureText('zendesk-macros.json'))).items[0],
    );
    const values = pageValues(
      {
        site: 'zendesk',
        url: 'https://x.zendesk.com',
        title: '',
        customerName: 'Dana Ruiz',
        ticketId: '4512',
        amounts: [],
      },
      'Sam',
    );
    expect(missingFields(body, values)).toEqual([]);
    expect(fillFields(body, values)).toBe(
      'Hi Dana,\n\nI have refunded order 4512. It reaches your card in 3–5 working days.\n\nBest,\nSam',
    );
  });

  it('reads a single macro ({"macro":…}) and a bare list, and says what is wrong with a bad row', () => {
    const one = { macro: { id: 7, title: 'Hi', actions: [{ field: 'comment_value', value: 'Hi there' }] } };
    expect(detectJsonFormat(one)).toBe('zendesk-macros');
    expect(parseZendeskMacros('m.json', one).items).toHaveLength(1);
    const bad = parseZendeskMacros('m.json', [
      { title: 'No id', actions: [{ field: 'comment_value', value: 'x' }] },
      'nope',
    ]);
    expect(bad.items).toEqual([]);
    expect(bad.errors.map(describeIssue)).toEqual([
      'm.json: item 0: id: missing id',
      'm.json: item 1: expected a macro object',
    ]);
  });
});

describe('Freshdesk canned responses', () => {
  it('reads folders with their responses: HTML to text, folder as tag, placeholders mapped', () => {
    const result = parseImportFile('canned.json', fixtureText('freshdesk-canned.json'));
    expect(result.format).toBe('freshdesk-canned');
    expect(result.items.map((i) => i.item)).toEqual([
      {
        id: 'freshdesk-canned-82000005490',
        title: 'We’ve received your request',
        body: 'Hi {{customer.fullname}},\n\nThank you for reaching out to us. Our team will look into your request #{{ticket.id}} and get back to you shortly.\n\nYou can check its status here: {{ticket.url}}\n\nRegards,\n{{agent.name}}',
        tags: ['Shipping'],
      },
      {
        id: 'freshdesk-canned-82000005491',
        title: 'Delivery delayed',
        body: 'Hi {{customer.name}}, your parcel for "{{ticket.subject}}" is delayed by a day.',
        tags: ['Shipping'],
      },
    ]);
  });

  it('reads a folder’s /responses list and tells a response without content apart', () => {
    const list = [
      {
        id: 1,
        title: 'A',
        folder_id: 2,
        content: 'Plain',
        content_html: '<p>Plain <a href="https://acme.example/faq">FAQ</a></p>',
      },
    ];
    expect(detectJsonFormat(list)).toBe('freshdesk-canned');
    expect(bodyOf(parseFreshdeskCanned('c.json', list).items[0])).toBe(
      'Plain FAQ (https://acme.example/faq)',
    );
    const folderOnly = {
      id: 2,
      name: 'Billing',
      canned_responses: [{ id: 5, title: 'Listed only', folder_id: 2 }],
    };
    expect(parseFreshdeskCanned('c.json', folderOnly).errors.map(describeIssue)).toEqual([
      'c.json: item 0: content_html: has no content: export each folder with /canned_response_folders/{id}/responses',
    ]);
  });

  it('is not mistaken for Freshdesk solution articles (which also have folder_id)', () => {
    expect(detectJsonFormat(JSON.parse(fixtureText('freshdesk.json')))).toBe('freshdesk');
  });
});

describe('placeholders and HTML', () => {
  it('maps known placeholders, keeps unknown ones as fields, strips filters, flags template logic', () => {
    const mapped = mapPlaceholders(
      '{{ ticket.requester.first_name | capitalize }} {{dc.signature}} {{ticket.custom-field}} {% if x %}y{% endif %}',
    );
    expect(mapped.text).toBe(
      '{{customer.name}} {{dc.signature}} {{ticket.custom_field}} {% if x %}y{% endif %}',
    );
    expect(mapped.unmapped).toEqual(['dc.signature', 'ticket.custom-field']);
    expect(mapped.logic).toBe(true);
  });

  it('turns lists, breaks and entities into text and drops scripts', () => {
    expect(
      htmlToText('<ul><li>One</li><li>Two &amp; three</li></ul><script>alert(1)</script><p>End</p>'),
    ).toBe('- One\n- Two & three\n\nEnd');
  });

  it('collapses runs of breaks to one blank line', () => {
    expect(htmlToText(`${'<br>'.repeat(1_000)}x<br><br><br><br>y`)).toBe('x\n\ny');
  });
});

describe('fuzz: the canned-reply parsers never throw and always say what is wrong', () => {
  const anyJson = fc.jsonValue({ maxDepth: 4 });
  const macroLike = fc.record({
    id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
    title: fc.oneof(fc.string(), fc.integer()),
    active: fc.oneof(fc.boolean(), fc.constant(undefined)),
    actions: fc.oneof(
      fc.array(
        fc.record({
          field: fc.constantFrom('comment_value', 'comment_value_html', 'status'),
          value: anyJson,
        }),
      ),
      anyJson,
    ),
  });
  const cannedLike = fc.record({
    id: fc.oneof(fc.integer(), fc.string()),
    title: fc.string(),
    content: fc.oneof(fc.string(), anyJson),
    content_html: fc.oneof(fc.string(), anyJson),
  });

  const wellFormed = (result: ReturnType<typeof parseZendeskMacros>) => {
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(0);
    for (const item of result.items) {
      expect(item.kind).toBe('snippet');
      expect(
        parsePack({
          format: 'ownit-pack',
          formatVersion: 1,
          id: 'x',
          name: 'x',
          version: '1',
          articles: [],
          playbooks: [],
          rules: [],
          snippets: [item.item],
        }).ok,
      ).toBe(bodyOf(item).trim() !== '');
    }
  };

  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        wellFormed(parseZendeskMacros('f.json', value));
        wellFormed(parseFreshdeskCanned('f.json', value));
        const text = JSON.stringify(value) ?? '';
        for (const from of ['zendesk-macros', 'freshdesk-canned'] as const) {
          const result = parseImportFile('f.json', text, undefined, undefined, from);
          expect(result.format).toBe(from);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on macro-shaped and response-shaped input', () => {
    fc.assert(
      fc.property(
        fc.array(macroLike, { maxLength: 5 }),
        fc.array(cannedLike, { maxLength: 5 }),
        (macros, canned) => {
          wellFormed(parseZendeskMacros('f.json', { macros }));
          wellFormed(parseFreshdeskCanned('f.json', canned));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text through the file entry with a forced format', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parseImportFile('f.json', text, undefined, undefined, 'zendesk-macros');
        if (result.items.length === 0) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ownit import --from', () => {
  let stderr: MockInstance;
  beforeEach(() => {
    stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => stderr.mockRestore());
  const dir = mkdtempSync(join(tmpdir(), 'ownit-canned-'));

  async function run(argv: string[]) {
    const lines: Record<string, unknown>[] = [];
    const code = await main(argv, (line) => lines.push(JSON.parse(line)));
    return { code, lines, error: stderr.mock.calls.map((call) => String(call[0])).join('') };
  }

  it('imports macros into a pack of snippets, detected by shape', async () => {
    const target = join(dir, 'macros-pack.json');
    const { code, lines } = await run(['import', join(FIXTURES, 'zendesk-macros.json'), '--out', target]);
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ format: 'zendesk-macros', new: 2, rejected: 0, warnings: 3 });
    const pack = parsePack(JSON.parse(readFileSync(target, 'utf8')));
    expect(pack.ok && pack.pack.snippets?.map((s) => s.id)).toEqual([
      'zendesk-macro-360011',
      'zendesk-macro-360012',
    ]);
  });

  it('forces a format detection would get wrong', async () => {
    // A lone response without content_html or folder_id does not look like Freshdesk by its shape.
    const file = join(dir, 'responses.json');
    writeFileSync(
      file,
      JSON.stringify({
        canned_responses: [{ id: 9, title: 'Thanks', content: 'Thanks {{ticket.requester.name}}!' }],
      }),
    );
    const guessed = await run(['import', file, '--out', join(dir, 'g.json')]);
    expect(guessed.lines[0]).toMatchObject({ format: 'freshdesk-canned' });
    const plain = join(dir, 'plain.json');
    writeFileSync(
      plain,
      JSON.stringify([{ id: 9, title: 'Thanks', content: 'Thanks {{ticket.requester.name}}!' }]),
    );
    const unforced = await run(['import', plain, '--out', join(dir, 'u.json')]);
    expect(unforced.code).toBe(1);
    const forced = await run(['import', plain, '--from', 'freshdesk-canned', '--out', join(dir, 'f.json')]);
    expect(forced.code).toBe(0);
    expect(forced.lines[0]).toMatchObject({ format: 'freshdesk-canned', new: 1 });
  });

  it('refuses an unknown --from with exit 2 and the list of formats', async () => {
    const { code, error } = await run([
      'import',
      join(FIXTURES, 'zendesk-macros.json'),
      '--from',
      'textblaze',
      '--out',
      join(dir, 'x.json'),
    ]);
    expect(code).toBe(2);
    expect(error).toContain(
      '--from must be one of pack, csv, markdown, zendesk, freshdesk, intercom, zendesk-macros, freshdesk-canned (got "textblaze")',
    );
  });
});
