// The options page: one place to manage what the panel knows. Rules for now; articles, packs and
// settings join as sections here.
import type { OwnItDatabase } from '../storage/db';
import { ImportExport } from './ImportExport';
import { RulesManager } from './RulesManager';

export function OptionsApp({ db }: { db: OwnItDatabase }) {
  return (
    <div class="options">
      <header class="topbar">
        <span class="brand">
          <span class="brand-mark" aria-hidden="true">
            ✓
          </span>{' '}
          Own It
        </span>
        <span class="muted small">Settings</span>
      </header>
      <main>
        <RulesManager db={db} />
        <ImportExport db={db} />
      </main>
    </div>
  );
}
