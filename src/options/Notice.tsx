// The page's status line. After a delete it offers Undo for a few seconds; the time only runs while
// the agent is not on the notice (pointer or keyboard focus), so nobody is rushed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

export interface NoticeState {
  message: string;
  error?: boolean;
  /** Shown as an Undo button until it expires. */
  undo?(): void;
}

export const UNDO_MS = 8_000;

interface Props {
  notice: NoticeState | null;
  /** The Undo offer ran out; `hadFocus` when the keyboard was on it. */
  onUndoExpired(hadFocus: boolean): void;
  /** The Undo button's id, unique on the page (each section has its notice). */
  undoId?: string;
}

export function Notice({ notice, onUndoExpired, undoId = 'undo-delete' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [held, setHeld] = useState(false);
  const undo = notice?.undo;

  // A new notice starts its own time; a button that was removed while focused fires no focusout.
  useEffect(() => {
    const element = ref.current;
    setHeld(element ? element.contains(document.activeElement) || element.matches(':hover') : false);
  }, [notice]);

  useEffect(() => {
    if (!undo || held) return;
    const timer = setTimeout(() => {
      onUndoExpired(ref.current?.contains(document.activeElement) ?? false);
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo, held, onUndoExpired]);

  const within = (event: FocusEvent) => ref.current?.contains(event.relatedTarget as Node | null) ?? false;
  return (
    <div
      ref={ref}
      class={`notice ${notice ? 'shown' : ''} ${notice?.error ? 'error' : ''}`}
      role="status"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)}
      onFocusOut={(event) => {
        if (!within(event)) setHeld(false);
      }}
    >
      {notice && <span>{notice.message}</span>}
      {undo && (
        <button type="button" id={undoId} onClick={undo}>
          {t('optionsUndo')}
        </button>
      )}
    </div>
  );
}
