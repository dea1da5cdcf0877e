import { describe, expect, it } from 'vitest';
import { optionalOrigins, scriptId, siteLabel, sitePattern } from '../../../src/options/site-access';

describe('adding a site by address', () => {
  it('turns what the agent typed into a match pattern', () => {
    expect(sitePattern('support.example.com')).toEqual({
      ok: true,
      pattern: 'https://support.example.com/*',
    });
    expect(sitePattern(' HTTPS://Desk.Example.com/ ')).toEqual({
      ok: true,
      pattern: 'https://desk.example.com/*',
    });
    expect(sitePattern('http://localhost:8080')).toEqual({ ok: true, pattern: 'http://localhost:8080/*' });
    expect(sitePattern('https://*.example.com')).toEqual({ ok: true, pattern: 'https://*.example.com/*' });
  });

  it('refuses a page path, a bare word, another scheme or nothing, saying why', () => {
    for (const input of [
      'https://desk.example.com/tickets/1',
      'ftp://files.example.com',
      '*',
      '<all_urls>',
    ]) {
      const result = sitePattern(input);
      expect(result.ok, input).toBe(false);
    }
    expect(sitePattern('intranet')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/intranet\.com/),
    });
    expect(sitePattern('')).toMatchObject({ ok: false, message: expect.stringMatching(/Enter a site/) });
  });
});

describe('granted sites', () => {
  it('lists only what the agent added, not the built-in helpdesks or the catch-all patterns', () => {
    const builtIn = ['https://*.zendesk.com/*', 'http://localhost/*'];
    const granted = [
      'https://*.zendesk.com/*',
      'https://desk.example.com/*',
      'https://*/*',
      'http://localhost/*',
    ];
    expect(optionalOrigins(granted, builtIn)).toEqual(['https://desk.example.com/*']);
  });

  it('names the content script as the panel does, so either place can undo a grant', () => {
    expect(siteLabel('https://desk.example.com/*')).toBe('https://desk.example.com');
    expect(scriptId('https://desk.example.com/*')).toBe('site-https---desk-example-com');
  });
});
