import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';

/**
 * A view that loads its code when first shown, keeping it out of the panel's first paint. Once loaded
 * it renders at once; `preload` fetches it early (when the panel is idle) so opening feels instant.
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  loadingKey: string,
  failedKey: string,
): ComponentType<P> & { preload(): Promise<unknown> } {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const fetchView = () => {
    pending ??= load().then((view) => {
      loaded = view;
      return view;
    });
    pending.catch(() => {
      pending = undefined; // a later attempt may succeed (the extension was just updated, say)
    });
    return pending;
  };

  function Lazy(props: P) {
    const [View, setView] = useState<ComponentType<P> | undefined>(() => loaded);
    const [problem, setProblem] = useState('');
    useEffect(() => {
      if (View) return;
      fetchView()
        .then((view) => setView(() => view))
        .catch((error: unknown) => setProblem(t(failedKey, String(error))));
    }, [View]);
    if (problem) {
      return (
        <p class="banner error" role="alert">
          {problem}
        </p>
      );
    }
    return View ? (
      <View {...props} />
    ) : (
      <p class="muted" role="status">
        {t(loadingKey)}
      </p>
    );
  }
  return Object.assign(Lazy, { preload: () => fetchView().catch(() => undefined) });
}
