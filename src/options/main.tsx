import { render } from 'preact';
import { database } from '../storage/db';
import { OptionsApp } from './OptionsApp';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<OptionsApp db={database()} />, root);
}
