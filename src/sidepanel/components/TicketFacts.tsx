import { t } from '../../shared/i18n';
import type { PageContext } from '../../shared/model';

/** The ticket a note is written on (or that it is linked to none). */
export function TicketFacts({ context }: { context: PageContext | undefined }) {
  if (!context) {
    return (
      <dl class="ticket-facts">
        <dt>{t('panelTicket')}</dt>
        <dd>{t('panelNotLinked')}</dd>
      </dl>
    );
  }
  return (
    <dl class="ticket-facts">
      <dt>{t('panelTicket')}</dt>
      <dd dir="auto">
        {context.ticketId ? `#${context.ticketId} · ` : ''}
        {context.subject ?? context.title}
      </dd>
      {context.customerName && (
        <>
          <dt>{t('panelCustomer')}</dt>
          <dd dir="auto">{context.customerName}</dd>
        </>
      )}
      <dt>{t('panelSite')}</dt>
      <dd>{context.site}</dd>
    </dl>
  );
}
