// Words for a team-pack subscription's state as the options page shows them. Pure.
import type { PackSubscription } from '../shared/model';

/** "just now", "5 min ago", "3 h ago", "2 days ago". */
export function relativeTime(then: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

const defaultWhen = (time: number) =>
  new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(time);

/** "synced 5 min ago", "unreachable, using the copy from 26 Nov, 09:00", "rejected: …". */
export function statusText(subscription: PackSubscription, now: number, when = defaultWhen): string {
  const { status, lastSync, message } = subscription;
  if (status === 'never') return 'not synced yet';
  if (status === 'ok') return lastSync === undefined ? 'synced' : `synced ${relativeTime(lastSync, now)}`;
  const copy =
    subscription.applied && lastSync !== undefined
      ? `using the copy from ${when(lastSync)}`
      : 'nothing synced yet';
  if (subscription.problem === 'rejected') return `rejected: ${message ?? 'the pack was refused'} (${copy})`;
  return `unreachable, ${copy}${message ? ` (${message})` : ''}`;
}

/** The pack's name once synced; before that, the host and path of its address. */
export function packTitle(subscription: PackSubscription): string {
  if (subscription.name) return subscription.name;
  const url = new URL(subscription.url);
  return url.host + url.pathname;
}
