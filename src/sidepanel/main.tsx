import { render } from 'preact';
import { App } from './App';
import { startLoadingKnowledge } from './knowledge';

// The database is read while the first frame renders.
void startLoadingKnowledge();

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
