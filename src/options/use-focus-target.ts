// Focus moves to an element once it is on the page (a saved item appears when the list updates).
import { useEffect, useState } from 'preact/hooks';

/** Returns a stable function: call it with an element id to focus that element when it renders. */
export function useFocusTarget(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target);
    if (element) {
      element.focus();
      setTarget(null);
    }
  });
  return setTarget;
}
