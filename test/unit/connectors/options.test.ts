import { describe, expect, it } from 'vitest';
import {
  baseOf,
  type ConnectFields,
  connectProblems,
  originPattern,
} from '../../../src/options/help-center-form';
import { helpCenterStatus } from '../../../src/options/help-center-status';
import type { HelpCenterConnection } from '../../../src/shared/help-center';
import { isPanelToWorker } from '../../../src/shared/messages';

const fields = (patch: Partial<ConnectFields>): ConnectFields => ({
  kind: 'zendesk',
  site: '',
  region: 'us',
  email: '',
  token: '',
  locale: '',
  ...patch,
});

describe('the connect form', () => {
  it('turns a subdomain, a host or an address into the API origin', () => {
    expect(baseOf(fields({ site: 'Acme' }))).toBe('https://acme.zendesk.com');
    expect(baseOf(fields({ kind: 'freshdesk', site: 'acme' }))).toBe('https://acme.freshdesk.com');
    expect(baseOf(fields({ site: 'acme.zendesk.com/' }))).toBe('https://acme.zendesk.com');
    expect(baseOf(fields({ site: 'https://help.acme.com/hc/en-us' }))).toBe('https://help.acme.com');
    expect(baseOf(fields({ site: 'http://127.0.0.1:8123' }))).toBe('http://127.0.0.1:8123');
    expect(baseOf(fields({ kind: 'intercom', region: 'eu' }))).toBe('https://api.eu.intercom.io');
    expect(baseOf(fields({ kind: 'helpscout' }))).toBe('https://docsapi.helpscout.net');
    expect(originPattern('https://api.eu.intercom.io')).toBe('https://api.eu.intercom.io/*');
  });

  it('names what is wrong, field by field', () => {
    expect(baseOf(fields({ site: 'http://help.acme.com' }))).toMatchObject({
      field: 'site',
      message: expect.stringContaining('https://'),
    });
    expect(connectProblems(fields({ site: 'acme' }))).toEqual([]);
    expect(connectProblems(fields({ kind: 'freshdesk', site: 'acme' })).map((p) => p.field)).toEqual([
      'token',
    ]);
    expect(
      connectProblems(fields({ site: '', email: 'nobody', locale: 'english!' })).map((p) => p.field),
    ).toEqual(['site', 'email', 'locale']);
  });
});

describe('a connection status', () => {
  const base: HelpCenterConnection = {
    id: 'a',
    kind: 'zendesk',
    base: 'https://acme.zendesk.com',
    addedAt: 0,
    status: 'ok',
  };
  const now = Date.UTC(2026, 10, 26, 10, 0);

  it('says when it synced and how many articles it has', () => {
    expect(helpCenterStatus({ ...base, lastSync: now - 5 * 60_000, articleCount: 1204 }, now)).toBe(
      'synced 5 minutes ago, 1,204 articles',
    );
    expect(helpCenterStatus({ ...base, status: 'never' }, now)).toBe('not synced yet');
  });

  it('says a token was rejected, a rate limit and when it retries, keeping the last copy', () => {
    const failed = { ...base, status: 'error' as const, lastSync: now - 60_000, articleCount: 12 };
    expect(helpCenterStatus({ ...failed, problem: 'auth', message: 'x' }, now)).toBe(
      'token rejected: enter a new one with “Change token”; keeping the last good copy (12 articles)',
    );
    expect(
      helpCenterStatus({ ...failed, problem: 'rate-limited', retryAt: now + 60_000 }, now, () => '10:42'),
    ).toBe('rate-limited, retrying at 10:42; keeping the last good copy (12 articles)');
    expect(
      helpCenterStatus(
        { ...failed, problem: 'rejected', message: 'the help center answered 500', lastSync: undefined },
        now,
      ),
    ).toBe('sync failed: the help center answered 500');
  });
});

describe('the sync request message', () => {
  it('takes a connection id and an optional full flag, nothing else', () => {
    expect(isPanelToWorker({ type: 'helpcenters/sync', id: 'abc' })).toBe(true);
    expect(isPanelToWorker({ type: 'helpcenters/sync', id: 'abc', full: true })).toBe(true);
    expect(isPanelToWorker({ type: 'helpcenters/sync', id: '' })).toBe(false);
    expect(isPanelToWorker({ type: 'helpcenters/sync', id: 'abc', full: 'yes' })).toBe(false);
    expect(isPanelToWorker({ type: 'helpcenters/sync', id: 'x'.repeat(101) })).toBe(false);
  });
});
