// Panel and options page follow the system's light or dark setting unless the agent chose one in Settings
// (the colours are light-dark() pairs in src/sidepanel/panel.css; data-theme picks one side).
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
