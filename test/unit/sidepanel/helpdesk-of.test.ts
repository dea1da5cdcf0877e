import { describe, expect, it } from 'vitest';
import { helpdeskOf } from '../../../src/sidepanel/helpdesk-of';

describe('the help desk of the open tab', () => {
  it('is read from the adapter name or the page host', () => {
    expect(helpdeskOf({ site: 'acme.zendesk.com', url: 'https://acme.zendesk.com/agent/tickets/4' })).toBe(
      'zendesk',
    );
    expect(helpdeskOf({ site: 'freshdesk' })).toBe('freshdesk');
    expect(helpdeskOf({ site: 'x', url: 'https://homeco.freshdesk.com/a/tickets/7702' })).toBe('freshdesk');
    expect(helpdeskOf({ site: 'app.intercom.com', url: 'https://app.intercom.com/a/inbox/1' })).toBe(
      'intercom',
    );
    expect(
      helpdeskOf({ site: 'secure.helpscout.net', url: 'https://secure.helpscout.net/conversation/1' }),
    ).toBe('helpscout');
  });
  it('is none for other sites, look-alike hosts and no page', () => {
    expect(
      helpdeskOf({ site: '127.0.0.1', url: 'http://127.0.0.1:8765/demo-helpdesk.html' }),
    ).toBeUndefined();
    expect(
      helpdeskOf({ site: 'zendesk.com.evil.example', url: 'https://zendesk.com.evil.example/' }),
    ).toBeUndefined();
    expect(helpdeskOf(undefined)).toBeUndefined();
  });
});
