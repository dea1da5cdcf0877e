// The `?` overlay: every keyboard shortcut of the panel and the browser commands, in one list.
import { useEffect, useRef } from 'preact/hooks';
import browser from '../../shared/browser';
import { t } from '../../shared/i18n';

const PANEL_KEYS: [string, string][] = [
  ['/', 'helpKeySearch'],
  ['↑ ↓', 'helpKeyMove'],
  ['Enter', 'helpKeyOpen'],
  ['Esc', 'helpKeyBack'],
  ['?', 'helpKeyHelp'],
];

export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  const commands = browser.runtime.getManifest().commands ?? {};
  const key = (name: string) => {
    const suggested = commands[name]?.suggested_key;
    return typeof suggested === 'string' ? suggested : (suggested?.default ?? '');
  };
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' || event.key === '?') {
        event.preventDefault();
        event.stopPropagation();
        onClose();
      } else if (event.key === 'Tab') {
        event.preventDefault(); // One control: focus stays on it.
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      before?.focus?.();
    };
  }, [onClose]);
  const rows: [string, string][] = [
    ...PANEL_KEYS.map(([keys, what]): [string, string] => [keys, t(what)]),
    [key('_execute_action'), t('helpKeyPanel')],
    [key('own-this'), t('helpKeyOwnThis')],
    [t('helpKeySnippetKeys'), t('helpKeySnippet')],
  ];
  return (
    <div class="help-overlay" role="dialog" aria-modal="true" aria-labelledby="help-heading">
      <div class="help-card">
        <h2 id="help-heading">{t('helpHeading')}</h2>
        <dl class="help-keys">
          {rows
            .filter(([keys]) => keys)
            .map(([keys, what]) => (
              <div key={keys}>
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
        </dl>
        <button type="button" ref={close} onClick={onClose}>
          {t('helpClose')}
        </button>
      </div>
    </div>
  );
}
