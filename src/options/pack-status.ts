// Words for a team-pack subscription's state as the options page shows them. Pure.
import { t, uiLanguage } from '../shared/i18n';
import type { PackSubscription } from '../shared/model';

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", "2 days ago", in the browser's language. */
export function relativeTime(then: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - then) / 60_000);
  if (minutes < 1) return t('optionsPackJustNow');
  const words = new Intl.RelativeTimeFormat(uiLanguage(), { numeric: 'auto' });
  if (minutes < 60) return words.format(-minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return words.format(-hours, 'hour');
  return words.format(-Math.floor(hours / 24), 'day');
}

const defaultWhen = (time: number) =>
  new Intl.DateTimeFormat(uiLanguage(), {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(time);

/** "synced 5 minutes ago", "unreachable, using the copy from 26 Nov, 09:00", "rejected: …". */
export function statusText(subscription: PackSubscription, now: number, when = defaultWhen): string {
  const { status, lastSync, message } = subscription;
  if (status === 'never') return t('optionsPackNeverSynced');
  if (status === 'ok')
    return lastSync === undefined
      ? t('optionsPackSynced')
      : t('optionsPackSyncedWhen', relativeTime(lastSync, now));
  const copy = subscription.applied && lastSync !== undefined ? when(lastSync) : undefined;
  if (subscription.problem === 'rejected') {
    const reason = message ?? t('optionsPackRefused');
    return copy === undefined
      ? t('optionsPackRejectedNoCopy', reason)
      : t('optionsPackRejected', reason, copy);
  }
  if (copy === undefined)
    return message ? t('optionsPackUnreachableNoCopyWhy', message) : t('optionsPackUnreachableNoCopy');
  return message ? t('optionsPackUnreachableWhy', copy, message) : t('optionsPackUnreachable', copy);
}

/** The pack's name once synced; before that, the host and path of its address. */
export function packTitle(subscription: PackSubscription): string {
  if (subscription.name) return subscription.name;
  const url = new URL(subscription.url);
  return url.host + url.pathname;
}
