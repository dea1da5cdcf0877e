// The store build's manifest and the extension pages' CSP.
import { describe, expect, it } from 'vitest';
import source from '../../../manifest.json' with { type: 'json' };
import { firefoxManifest } from '../../../scripts/firefox-manifest';
import { LOOPBACK_PATTERNS, storeManifest } from '../../../scripts/store-manifest';

const built = {
  ...structuredClone(source),
  content_scripts: source.content_scripts.map((entry) => ({ ...entry, js: ['content.js'] })),
};
const matchesOf = (manifest: Record<string, unknown>) =>
  (manifest.content_scripts as { matches: string[] }[]).flatMap((entry) => entry.matches);

describe('the store manifest', () => {
  it('runs no content script on 127.0.0.1 or localhost, in the Chrome and the Firefox upload', () => {
    for (const manifest of [storeManifest(built), storeManifest(firefoxManifest(built))]) {
      for (const pattern of LOOPBACK_PATTERNS) expect(matchesOf(manifest)).not.toContain(pattern);
      expect(matchesOf(manifest)).toContain('https://*.zendesk.com/*');
      expect(matchesOf(manifest)).toHaveLength(matchesOf(built).length - LOOPBACK_PATTERNS.length);
    }
  });

  it('leaves the test and demo build (dist/, what npm test and npm start load) reading the fixture pages', () => {
    for (const pattern of LOOPBACK_PATTERNS) expect(matchesOf(built)).toContain(pattern);
    expect(storeManifest(built)).not.toBe(built);
    expect(matchesOf(built)).toEqual(source.content_scripts.flatMap((entry) => entry.matches));
  });
});

describe('the helpdesks read without asking', () => {
  // Tools agents use beside the ones with their own adapter; the generic reader reads them.
  const TOOLS = [
    'https://app.frontapp.com/*',
    'https://*.gorgias.com/*',
    'https://app.hubspot.com/*',
    'https://*.atlassian.net/*',
    'https://desk.zoho.com/*',
    'https://*.kustomerapp.com/*',
    'https://outlook.office.com/*',
    'https://outlook.live.com/*',
  ];

  it('runs the content script on Front, Gorgias, HubSpot, Jira Service Management, Zoho Desk, Kustomer and Outlook, in both uploads', () => {
    for (const manifest of [storeManifest(built), storeManifest(firefoxManifest(built))]) {
      for (const tool of TOOLS) expect(matchesOf(manifest)).toContain(tool);
    }
    // A site the content script runs on is one the extension may read: both lists agree.
    expect([...source.host_permissions].sort()).toEqual(
      [...source.content_scripts.flatMap((entry) => entry.matches)].sort(),
    );
  });
});

describe('the extension pages’ CSP', () => {
  const directives = new Map(
    source.content_security_policy.extension_pages.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

  it("falls back to 'self' for everything, allows no plugins, and no inline or eval'd script", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    const script = directives.get('script-src') ?? [];
    expect(script).toContain("'self'");
    expect(script.join(' ')).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('allows what the pages really need: WebAssembly for the meaning model, its own frame, pack fetches', () => {
    expect(directives.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(directives.get('frame-ancestors')).toEqual(["'self'"]);
    // Team packs: any https host, plain http only on this computer (src/storage/packs.ts).
    expect(directives.get('connect-src')).toEqual([
      "'self'",
      'https:',
      'http://127.0.0.1:*',
      'http://localhost:*',
      'http://[::1]:*',
    ]);
  });
});
