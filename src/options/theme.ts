// The page follows the system's light or dark setting unless the agent chose one (theme.css).
import type { Theme } from '../storage/settings-profile';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
