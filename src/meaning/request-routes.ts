// Which way each page request reached the meaning host (runtime messages or the direct channel), so its
// answer goes back the same way, and a request sent both ways is answered once.

export type Route = 'runtime' | 'channel';

/** Requests remembered: far more than are ever in flight at once. */
const REMEMBERED = 200;

export class RequestRoutes {
  /** Oldest first; a request stays after its answer so a late copy of it is still known. */
  private readonly routes = new Map<string, { route: Route; answered: boolean }>();

  constructor(private readonly limit = REMEMBERED) {}

  /** Notes a request's arrival; false when it arrived before (the other way): drop this copy. */
  arrived(request: string, route: Route): boolean {
    if (this.routes.has(request)) return false;
    this.routes.set(request, { route, answered: false });
    while (this.routes.size > this.limit) this.routes.delete(this.routes.keys().next().value as string);
    return true;
  }

  /**
   * The way to answer a request (runtime messages for one not known: every page hears those). An answer
   * with `more` to follow (the closeness before the small-talk check) takes the same way and leaves the
   * request open for the next.
   */
  answered(request: string, more = false): Route {
    const known = this.routes.get(request);
    if (!known || known.answered) return 'runtime';
    if (!more) known.answered = true;
    return known.route;
  }
}
