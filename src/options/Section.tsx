// The frame of every options section: the heading (focusable, so focus can go back to it), an action
// beside it (e.g. Add), the intro, then the section's own content.
import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';

interface Props {
  /** The section element's class, e.g. "packs". */
  name?: string;
  headingId: string;
  heading: string;
  /** Shown beside the heading (e.g. the Add button). */
  action?: ComponentChildren;
  intro?: ComponentChildren;
  children: ComponentChildren;
}

export function Section({ name, headingId, heading, action, intro, children }: Props) {
  return (
    <section class={name} aria-labelledby={headingId}>
      <div class="section-head">
        <h1 id={headingId} tabIndex={-1}>
          {heading}
        </h1>
        {action}
      </div>
      {intro && <p class="muted intro">{intro}</p>}
      {children}
    </section>
  );
}

export interface SaveStatus {
  message: string;
  error?: boolean;
}

interface SaveRowProps {
  saving: boolean;
  /** Save is held back (e.g. a field is wrong). */
  disabled?: boolean;
  label: string;
  status: SaveStatus | null;
}

/** Save under a settings-like form, and what the last save (or read) said. */
export function SaveRow({ saving, disabled, label, status }: SaveRowProps) {
  return (
    <div class="form-actions">
      <button type="submit" class="primary" disabled={saving || disabled}>
        {saving ? t('optionsSaving') : label}
      </button>
      <span class={status?.error ? 'field-error' : 'muted'} role="status">
        {status?.message}
      </span>
    </div>
  );
}

interface RowListProps<T> {
  items: readonly T[];
  /** What shows when there are no items. */
  empty: string;
  label: string;
  /** `rule-list` (cards) or `item-list`. */
  class: string;
  row(item: T): ComponentChildren;
}

/** A section's rows, or the line that says there are none. */
export function RowList<T>({ items, empty, label, row, ...props }: RowListProps<T>) {
  if (items.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class={props.class} aria-label={label}>
      {items.map(row)}
    </ul>
  );
}
