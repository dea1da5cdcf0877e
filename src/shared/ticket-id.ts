// Ticket / case numbers from URLs and visible text. Pure, no DOM.

const ID = String.raw`[A-Za-z]{0,6}-?\d{2,14}`;
const PATH_ID = new RegExp(
  `/(?:tickets?|cases?|conversations?|incidents?|requests?|issues?|threads?)/#?(${ID})(?=[/?#&]|$)`,
  'i',
);
const QUERY_KEYS = 'ticket ticket_id ticketId case caseId case_id number id conversation'.split(' ');
const ID_VALUE = new RegExp(`^#?(${ID})$`);

// Well-known prefixed record numbers (ServiceNow INC/REQ/RITM…, "CS0001234").
const PREFIXED = /\b((?:INC|REQ|RITM|SCTASK|CHG|PRB|TASK|CS|CSTASK|HR|SR)\d{5,12})\b/;
const LABELLED =
  /\b(?:ticket|case|request|incident|issue|conversation|support request)\s*(?:no\.?|number|num|id|ref(?:erence)?)?\s*[:#]?\s*#?\s*([A-Z]{0,4}-?\d{3,14})\b/i;
const HASHED = /(?:^|[\s([{])#(\d{3,12})\b/;

/** The ticket id a helpdesk URL carries: /tickets/123, /cases/00012345, ?id=123, #123, #/tickets/123. */
export function ticketIdFromUrl(url: URL): string | undefined {
  const inPath = PATH_ID.exec(url.pathname)?.[1];
  if (inPath) return inPath;
  for (const key of QUERY_KEYS) {
    const value = url.searchParams.get(key);
    const id = value ? ID_VALUE.exec(value.trim())?.[1] : undefined;
    if (id && /\d/.test(id)) return id;
  }
  const query = url.searchParams.get('sysparm_query') ?? '';
  const prefixed = PREFIXED.exec(query)?.[1];
  if (prefixed) return prefixed;
  const hash = url.hash.replace(/^#/, '');
  if (!hash) return undefined;
  return PATH_ID.exec(`/${hash.replace(/^\/+/, '')}`)?.[1] ?? /^(\d{2,12})$/.exec(hash)?.[1];
}

/**
 * The ticket id a piece of visible text names: "Ticket #12345", "Case 00012345", "INC0012345".
 * A bare "#4821" counts only when `allowBareHash` (headings and titles, not message bodies,
 * where "#" more often marks an order number).
 */
export function ticketIdFromText(text: string, allowBareHash = false): string | undefined {
  if (!text) return undefined;
  const head = text.slice(0, 20_000);
  return (
    PREFIXED.exec(head)?.[1] ??
    LABELLED.exec(head)?.[1] ??
    (allowBareHash ? HASHED.exec(head)?.[1] : undefined)
  );
}

/** Removes a ticket reference from a heading: "#4821 Refund…", "Refund… (#4821)", "Ticket 4821: Refund…". */
export function stripTicketRef(heading: string, id: string | undefined): string {
  let text = heading;
  if (id) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    text = text.replace(
      new RegExp(
        String.raw`^\s*(?:(?:ticket|case|request|incident|conversation)\s*)?(?:no\.?\s*)?[[(]?#?${escaped}[\])]?\s*[:·|–—-]?\s*`,
        'i',
      ),
      '',
    );
    // At the end, with its label inside the brackets too: "… [Case 731044]", "… (Ticket #4821)".
    text = text.replace(
      new RegExp(
        String.raw`\s*[[(]?(?:(?:ticket|case|request|incident|conversation)\s*)?(?:no\.?\s*)?#?${escaped}[\])]?\s*$`,
        'i',
      ),
      '',
    );
  }
  return text.trim();
}
