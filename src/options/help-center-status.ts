// Words for a connected help center's state: "synced 5 minutes ago, 1,204 articles", "token rejected",
// "rate-limited, retrying at 10:42". Pure.
import { HELP_CENTER_NAMES, type HelpCenterConnection, type HelpCenterKind } from '../shared/help-center';
import { t, uiLanguage } from '../shared/i18n';
import { relativeTime } from './pack-status';

const clock = (time: number) =>
  new Intl.DateTimeFormat(uiLanguage(), { hour: '2-digit', minute: '2-digit' }).format(time);

export const kindName = (kind: HelpCenterKind) => HELP_CENTER_NAMES[kind];

export function helpCenterStatus(connection: HelpCenterConnection, now: number, at = clock): string {
  const count = new Intl.NumberFormat(uiLanguage()).format(connection.articleCount ?? 0);
  if (connection.status === 'never') return t('helpCenterNeverSynced');
  if (connection.status === 'ok')
    return t('helpCenterSynced', relativeTime(connection.lastSync ?? now, now), count);
  const kept = connection.lastSync === undefined ? '' : t('helpCenterKeepingCopy', count);
  if (connection.problem === 'auth') return `${t('helpCenterStatusTokenRejected')}${kept}`;
  if (connection.problem === 'rate-limited' && connection.retryAt !== undefined)
    return `${t('helpCenterStatusRateLimited', at(connection.retryAt))}${kept}`;
  return `${t('helpCenterStatusFailed', connection.message ?? '')}${kept}`;
}
