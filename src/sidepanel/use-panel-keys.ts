// The panel's keys outside text fields: `?` lists the shortcuts, `/` goes to the search box, Escape
// goes back home from a view.
import { useEffect } from 'preact/hooks';

interface Keys {
  onHelp(): void;
  onSearch(): void;
  /** Escape's action; none on the home screen. */
  onBack: (() => void) | undefined;
}

export function usePanelKeys({ onHelp, onSearch, onBack }: Keys): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (event.key === '?') {
        event.preventDefault();
        onHelp();
      } else if (event.key === '/') {
        event.preventDefault();
        onSearch();
      } else if (event.key === 'Escape') onBack?.();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onHelp, onSearch, onBack]);
}
