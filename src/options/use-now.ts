import { useEffect, useState } from 'preact/hooks';

/** The time now, re-rendering every half minute so "synced 5 min ago" stays true while the page is open. */
export function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
