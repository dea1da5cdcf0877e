import { render } from 'preact';
import { applyTheme } from '../shared/theme';
import { database } from '../storage/db';
import { loadProfile } from '../storage/settings-profile';
import { App } from './App';
import { setAgentTimeZone } from './due-time';
import { startLoadingKnowledge } from './knowledge';
import { meaningBusy } from './meaning';
import { readMutesEarly } from './nudge-mutes';

// Background embedding (the meaning host) steps aside while the panel opens; the database is read while
// the first frame renders.
meaningBusy();
void startLoadingKnowledge();
// The nudges the agent dismissed, so the page's cards mount knowing them.
void readMutesEarly().catch(() => undefined);

// The theme and time zone chosen in Settings; read again when the agent comes back from the options page.
const followProfile = () =>
  void loadProfile(database())
    .then((profile) => {
      applyTheme(profile.theme);
      setAgentTimeZone(profile.timeZone);
    })
    .catch(() => undefined);
followProfile();
window.addEventListener('focus', followProfile);

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
