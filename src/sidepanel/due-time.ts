// Reads a due time out of a note as the agent types. The parser (chrono-node, src/nudges/commitments/due-time.ts)
// runs in the service worker, so the panel never loads it; labels are formatted here (due-label.ts).

import { useEffect, useState } from 'preact/hooks';
import { formatDue } from '../nudges/commitments/due-label';
import type { DueTime } from '../nudges/commitments/due-time';
import { askWorker } from '../shared/send';
import { effectiveTimeZone } from '../storage/settings-profile';

/** Longest note text sent to be read (the message protocol's limit for a field). */
const MAX_TEXT = 20_000;

let chosenZone = '';

/** The time zone chosen in Settings ('' for the browser's own); main.tsx keeps it current. */
export function setAgentTimeZone(zone: string): void {
  chosenZone = zone;
}

export function agentClock(now = Date.now()) {
  const options = Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions();
  return { now, timeZone: effectiveTimeZone(chosenZone), hour12: options.hour12 ?? false };
}

function isDueTime(value: unknown): value is DueTime {
  const due = value as DueTime | null;
  return (
    typeof due === 'object' &&
    due !== null &&
    Number.isFinite(due.dueAt) &&
    typeof due.phrase === 'string' &&
    typeof due.label === 'string' &&
    Array.isArray(due.range) &&
    typeof due.assumedTime === 'boolean'
  );
}

export async function readDueTime(text: string, now = Date.now()): Promise<DueTime | null> {
  if (!text.trim()) return null;
  const answer = await askWorker({
    type: 'panel/parse-due',
    text: text.slice(0, MAX_TEXT),
    ...agentClock(now),
  });
  return isDueTime(answer) ? answer : null;
}

export async function labelDue(dueAt: number, now = Date.now()): Promise<string> {
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
