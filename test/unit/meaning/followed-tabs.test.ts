// The meaning host embeds a page report ahead of the panel's request only for a tab a panel follows.
import { describe, expect, it } from 'vitest';
import { FOLLOW_TTL_MS, FollowedTabs, pageTextToEmbed } from '../../../src/meaning/followed-tabs';

const OWN = 'chrome-extension://ownit/';
const report = (customerMessage: string) => ({
  type: 'cs/page-context',
  context: {
    site: 'acme.example',
    url: 'https://acme.example/tickets/4821',
    title: 'Ticket 4821',
    subject: 'Charger',
    customerMessage,
    amounts: [],
  },
});
const fromTab = (id: number) => ({ tab: { id }, url: 'https://acme.example/tickets/4821' });

describe('pageTextToEmbed', () => {
  it('embeds the page of a tab a panel follows, and no other tab', () => {
    const followed = new FollowedTabs();
    followed.asked('panel-1', 7, 0);
    // The customer's latest message comes with it: the host embeds what the small-talk check reads too.
    expect(pageTextToEmbed(report('The plug is wrong'), fromTab(7), followed, OWN, 1_000)).toEqual({
      text: 'Charger. The plug is wrong',
      message: 'The plug is wrong',
    });
    expect(pageTextToEmbed(report('The plug is wrong'), fromTab(8), followed, OWN, 1_000)).toBeNull();
  });

  it('embeds nothing while no panel has said which tab it follows', () => {
    expect(pageTextToEmbed(report('The plug is wrong'), fromTab(7), new FollowedTabs(), OWN, 0)).toBeNull();
  });

  it('follows a panel to its new tab, and each of two panels to its own', () => {
    const followed = new FollowedTabs();
    followed.asked('panel-1', 7, 0);
    followed.asked('panel-1', 9, 10);
    expect(pageTextToEmbed(report('x y z'), fromTab(7), followed, OWN, 20)).toBeNull();
    expect(pageTextToEmbed(report('x y z'), fromTab(9), followed, OWN, 20)).not.toBeNull();
    followed.asked('panel-2', 7, 30);
    expect(pageTextToEmbed(report('x y z'), fromTab(7), followed, OWN, 40)).not.toBeNull();
  });

  it('forgets a panel that has asked nothing for a long time (a closed panel says nothing)', () => {
    const followed = new FollowedTabs();
    followed.asked('panel-1', 7, 0);
    expect(pageTextToEmbed(report('x y z'), fromTab(7), followed, OWN, FOLLOW_TTL_MS)).not.toBeNull();
    expect(pageTextToEmbed(report('x y z'), fromTab(7), followed, OWN, FOLLOW_TTL_MS + 1)).toBeNull();
  });

  it('takes only a well-formed report of a content script in a tab, never one of our own pages', () => {
    const followed = new FollowedTabs();
    followed.asked('panel-1', 7, 0);
    expect(pageTextToEmbed({ type: 'cs/page-context' }, fromTab(7), followed, OWN, 0)).toBeNull();
    expect(pageTextToEmbed(report('x y z'), { url: 'https://acme.example/' }, followed, OWN, 0)).toBeNull();
    expect(
      pageTextToEmbed(
        report('x y z'),
        { tab: { id: 7 }, url: `${OWN}src/sidepanel/index.html` },
        followed,
        OWN,
        0,
      ),
    ).toBeNull();
  });

  it("refuses Firefox's own pages too, whose address is moz-extension://<uuid>/, not chrome-extension://", () => {
    const firefoxOwn = 'moz-extension://4f6b1c2e-0d5a-4c1e-9b7a-2f0e8d3c6a11/';
    const followed = new FollowedTabs();
    followed.asked('panel-1', 7, 0);
    const ownPage = { tab: { id: 7 }, url: `${firefoxOwn}src/sidepanel/index.html` };
    expect(pageTextToEmbed(report('x y z'), ownPage, followed, firefoxOwn, 0)).toBeNull();
    expect(pageTextToEmbed(report('x y z'), fromTab(7), followed, firefoxOwn, 0)?.text).toBe(
      'Charger. x y z',
    );
  });
});
