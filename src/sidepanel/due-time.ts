// Reads a due time out of a note as the agent types. The parser (chrono-node) loads on first use,
// so it stays out of the panel's first paint.
import { useEffect, useState } from 'preact/hooks';
import type { DueTime } from '../nudges/commitment-time';
import { effectiveTimeZone } from '../storage/settings-profile';

type Parser = typeof import('../nudges/commitment-time');
let parser: Promise<Parser> | undefined;

let chosenZone = '';

/** The time zone chosen in Settings ('' for the browser's own); main.tsx keeps it current. */
export function setAgentTimeZone(zone: string): void {
  chosenZone = zone;
}

export function agentClock(now = Date.now()) {
  const options = Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions();
  return { now, timeZone: effectiveTimeZone(chosenZone), hour12: options.hour12 ?? false };
}

export async function readDueTime(text: string, now = Date.now()): Promise<DueTime | null> {
  if (!text.trim()) return null;
  parser ??= import('../nudges/commitment-time');
  const { parseDueTime } = await parser;
  return parseDueTime(text, agentClock(now));
}

export async function labelDue(dueAt: number, now = Date.now()): Promise<string> {
  parser ??= import('../nudges/commitment-time');
  const { formatDue } = await parser;
  return formatDue(dueAt, agentClock(now));
}

/** The due time in `text`, re-read shortly after typing pauses. */
export function useDueTime(text: string, delay = 150): DueTime | null {
  const [due, setDue] = useState<DueTime | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      readDueTime(text)
        .then((value) => {
          if (!cancelled) setDue(value);
        })
        .catch(() => {
          if (!cancelled) setDue(null);
        });
    }, delay);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, delay]);
  return due;
}
