// The "I own this" form's unsaved note: one draft per window and ticket (two panels never write over each
// other's text), read when the form opens and written at every pause in typing, so it survives closing
// the panel.
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from '../shared/browser';
import type { Stage } from '../shared/model';
import { database } from '../storage/db';
import { settings } from '../storage/repositories';

const DRAFT_KEY = 'noteDraft';
const DRAFT_DELAY = 300;

export interface NoteDraft {
  text: string;
  stage: Stage;
  /** The "Due" entry as typed. */
  due: string;
  rootCause: string;
}

/** As stored (older drafts may lack the optional fields). */
type StoredDraft = Pick<NoteDraft, 'text' | 'stage'> & Partial<NoteDraft>;

const EMPTY: NoteDraft = { text: '', stage: 'capture', due: '', rootCause: '' };

/** `onLoaded` runs once the stored draft (or `initialText` when there is none) is in the form. */
export function useNoteDraft(ticketKey: string, initialText: string | undefined, onLoaded: () => void) {
  const key = useRef(`${DRAFT_KEY}:${ticketKey}`);
  const [draft, setDraft] = useState<NoteDraft>(EMPTY);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    browser.windows
      .getCurrent()
      .then((window) => {
        key.current = `${DRAFT_KEY}:${window.id ?? 'unknown'}:${ticketKey}`;
      })
      .catch(() => undefined)
      .then(() => settings.get<StoredDraft | null>(database(), key.current, null))
      .then((stored) => {
        if (stored)
          setDraft({ ...EMPTY, ...stored, due: stored.due ?? '', rootCause: stored.rootCause ?? '' });
        else if (initialText) setDraft({ ...EMPTY, text: initialText });
      })
      .catch(() => undefined)
      .finally(() => {
        setLoaded(true);
        onLoaded();
      });
  }, []);

  useEffect(() => {
    if (!loaded) return;
    const timer = setTimeout(() => {
      void settings.set(database(), key.current, draft).catch(() => undefined);
    }, DRAFT_DELAY);
    return () => clearTimeout(timer);
  }, [draft, loaded]);

  const change = (part: Partial<NoteDraft>) => setDraft((before) => ({ ...before, ...part }));
  /** The settings key the draft is kept under, cleared when the note is saved. */
  const storedUnder = () => key.current;
  return { draft, change, storedUnder };
}
