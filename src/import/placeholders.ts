// Zendesk and Freshdesk placeholders (`{{ticket.requester.first_name}}`) rewritten as Own It's snippet
// fields (`{{customer.name}}`), so an imported canned reply fills itself from the open ticket as a
// snippet written in Own It does. Pure; never throws.

/** Vendor placeholder → Own It field (src/shared/snippet-fields.ts, PAGE_FIELDS). */
const KNOWN: Record<string, string> = {
  'ticket.requester.first_name': 'customer.name',
  'ticket.requester.firstname': 'customer.name',
  'requester.first_name': 'customer.name',
  'ticket.contact.first_name': 'customer.name',
  'ticket.requester.name': 'customer.fullname',
  'ticket.requester.full_name': 'customer.fullname',
  'requester.name': 'customer.fullname',
  'ticket.contact.name': 'customer.fullname',
  'ticket.id': 'ticket.id',
  'ticket.display_id': 'ticket.id',
  'ticket.title': 'ticket.subject',
  'ticket.subject': 'ticket.subject',
  'current_user.first_name': 'agent.name',
  'current_user.name': 'agent.name',
  'ticket.agent.name': 'agent.name',
  'ticket.agent.first_name': 'agent.name',
  'ticket.agent.firstname': 'agent.name',
};

export interface MappedText {
  text: string;
  /** Placeholders with no page fact behind them: they become fields the agent fills in. */
  unmapped: string[];
  /** True when the text uses template logic (`{% if … %}`) that Own It does not run. */
  logic: boolean;
}

// `{{ name }}` or `{{ name | filter: "x" }}`; names of letters, digits, `_`, `.` and `-`. Bounded so a
// run of braces is read in linear time.
const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]{0,100})\s*(?:\|[^{}]{0,200})?\}\}/g;

/** A field name Own It's syntax accepts (letters, digits, `_` and dots). */
function fieldName(name: string): string {
  return name.replace(/-/g, '_').replace(/\.+$/, '') || 'field';
}

export function mapPlaceholders(text: string): MappedText {
  const unmapped = new Set<string>();
  const mapped = text.replace(PLACEHOLDER, (_raw, name: string) => {
    const known = KNOWN[name.toLowerCase()];
    if (known) return `{{${known}}}`;
    unmapped.add(name);
    return `{{${fieldName(name)}}}`;
  });
  return { text: mapped, unmapped: [...unmapped], logic: /\{%[\s\S]{0,2000}?%\}/.test(mapped) };
}
