// @vitest-environment happy-dom
// Addresses stored in notes are opened or linked only when they are http(s): a note whose ticket URL
// is javascript:, data: or file: shows its case as text in My cases, and is never opened.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../src/shared/model';
import { webUrl } from '../../../src/shared/web-url';
import { MyCases } from '../../../src/sidepanel/components/MyCases';
import { database } from '../../../src/storage/db';

// The panel's components talk to the browser through src/shared/browser.ts, which finds no extension API outside a browser.
vi.mock('../../../src/shared/browser', () => ({
  default: { runtime: { id: 'test', sendMessage: async () => undefined }, tabs: {}, windows: {} },
}));

let root: HTMLElement;
beforeEach(async () => {
  await database().notes.clear();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const note = (id: string, url: string): Note => ({
  id,
  ticketKey: `desk:${id}`,
  site: 'desk',
  ticketId: id,
  url,
  subject: `Case ${id}`,
  text: 'Called the customer',
  stage: 'capture',
  createdAt: Date.now(),
});

describe('webUrl', () => {
  it('keeps http and https addresses and refuses every other scheme', () => {
    expect(webUrl('https://desk.example.com/tickets/1')).toBe('https://desk.example.com/tickets/1');
    expect(webUrl('http://127.0.0.1:8765/demo')).toBe('http://127.0.0.1:8765/demo');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>1</script>',
      'file:///etc/passwd',
      'chrome://settings',
      'not a url',
      '',
      undefined,
      42,
    ]) {
      expect(webUrl(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('My cases follows the database', () => {
  it('lists a note saved after it rendered (another panel or window saving), with no reload signal', async () => {
    await database().notes.bulkAdd([note('1', 'https://desk.example.com/tickets/1')]);
    render(<MyCases />, root);
    await expect.poll(() => root.querySelectorAll('.case').length).toBe(1);
    await database().notes.add(note('2', 'https://desk.example.com/tickets/2'));
    await expect.poll(() => root.querySelectorAll('.case').length).toBe(2);
  });
});

describe('My cases links', () => {
  it('links a web address and leaves any other scheme as plain text', async () => {
    await database().notes.bulkAdd([
      note('1', 'https://desk.example.com/tickets/1'),
      note('2', 'javascript:alert(document.domain)'),
      note('3', 'data:text/html,hi'),
    ]);
    render(<MyCases />, root);
    await expect.poll(() => root.querySelectorAll('.case').length).toBe(3);
    const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://desk.example.com/tickets/1']);
    expect(root.innerHTML).not.toContain('javascript:');
    expect(root.innerHTML).not.toContain('data:text');
  });
});
