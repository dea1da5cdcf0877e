import { render } from 'preact';
import { applyTheme } from '../shared/theme';
import { database } from '../storage/db';
import { loadProfile } from '../storage/settings-profile';
import { OptionsApp } from './OptionsApp';

const root = document.getElementById('app');
if (root) {
  const db = database();
  void loadProfile(db)
    .then((profile) => applyTheme(profile.theme))
    .catch(() => undefined);
  root.textContent = '';
  render(<OptionsApp db={db} />, root);
}
