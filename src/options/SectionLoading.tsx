// What a settings-like section shows until its stored values are read: its heading and "Loading…", or
// why they could not be read.
interface Props {
  headingId: string;
  heading: string;
  status: { message: string; error?: boolean } | null;
  loading: string;
}

export function SectionLoading({ headingId, heading, status, loading }: Props) {
  return (
    <section aria-labelledby={headingId}>
      <h1 id={headingId}>{heading}</h1>
      <p class={status?.error ? 'banner error' : 'muted'}>{status?.message ?? loading}</p>
    </section>
  );
}
