// A settings-like section (settings, team phrases): "Loading…" until its stored values are read, then
// the form with Save and the status line, and anything the section shows under it.
import type { ComponentChildren } from 'preact';
import { SaveRow, Section } from './Section';
import { SectionLoading } from './SectionLoading';
import type { useStoredForm } from './use-stored-form';

interface Props<V> {
  headingId: string;
  heading: string;
  loading: string;
  intro?: ComponentChildren;
  form: ReturnType<typeof useStoredForm<V>>;
  formLabel: string;
  saveLabel: string;
  /** Saving is held back (e.g. a field is wrong). */
  blocked?: boolean;
  onSubmit(event: Event): void;
  /** The form's fields, given the values as read. */
  children(values: V): ComponentChildren;
  /** Shown above and under the form. */
  before?: ComponentChildren;
  after?: ComponentChildren;
}

export function StoredForm<V>({ form, ...props }: Props<V>) {
  const { values, status, saving } = form;
  if (values === null) {
    return (
      <SectionLoading
        headingId={props.headingId}
        heading={props.heading}
        status={status}
        loading={props.loading}
      />
    );
  }
  return (
    <Section headingId={props.headingId} heading={props.heading} intro={props.intro}>
      {props.before}
      <form class="card item-form" aria-label={props.formLabel} noValidate onSubmit={props.onSubmit}>
        {props.children(values)}
        <SaveRow saving={saving} disabled={props.blocked} label={props.saveLabel} status={status} />
      </form>
      {props.after}
    </Section>
  );
}
