import { render } from 'preact';
import { applyTheme } from '../shared/theme';
import { database } from '../storage/db';
import { loadProfile } from '../storage/settings-profile';
import { App } from './App';
import { startLoadingKnowledge } from './knowledge';

// The database is read while the first frame renders.
void startLoadingKnowledge();

// The theme chosen in Settings; read again when the agent comes back from the options page.
const followTheme = () =>
  void loadProfile(database())
    .then((profile) => applyTheme(profile.theme))
    .catch(() => undefined);
followTheme();
window.addEventListener('focus', followTheme);

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
