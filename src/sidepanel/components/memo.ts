// A component that renders again only when its props change by a given test: typing re-renders the panel
// at every key, while most of what it shows (the header, most result rows) is the same as before.
import { Component, type ComponentChildren, type FunctionComponent } from 'preact';

/** `render` as a component skipped while `same(previous, next)` holds (preact/compat's memo, without compat). */
export function memo<P extends object>(
  render: FunctionComponent<P>,
  same: (previous: Readonly<P>, next: Readonly<P>) => boolean = sameProps,
) {
  return class Memo extends Component<P> {
    override shouldComponentUpdate(next: Readonly<P>): boolean {
      return !same(this.props, next);
    }

    override render(props: Readonly<P>): ComponentChildren {
      return render(props as P);
    }
  };
}

/** Every prop the same value (===). */
export function sameProps<P extends object>(previous: Readonly<P>, next: Readonly<P>): boolean {
  const keys = Object.keys(next) as (keyof P)[];
  if (Object.keys(previous).length !== keys.length) return false;
  return keys.every((key) => previous[key] === next[key]);
}
