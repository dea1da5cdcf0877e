// The one check before Own It opens or links an address it stored (a note's ticket URL, which came from
// a page): only http and https. javascript:, data:, file: and the like are never opened.

/** The address, normalised, when it is an http(s) URL; otherwise undefined. */
export function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
