// Pure text helpers for reading helpdesk pages: no DOM, no browser APIs, safe on any input.

/** Every PageContext text field is capped to this many characters. */
export const MAX_FIELD = 5_000;
/** A message's words as the content script sends them, before the panel cleans and caps them. */
export const RAW_FIELD = 20_000;

/** Cuts text to `max` characters, ending with an ellipsis when something was cut. */
export function cap(text: string, max = MAX_FIELD): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Trims each line, collapses runs of spaces and of blank lines. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Trimmed, capped, and undefined when empty: the shape of an optional PageContext field. */
export function field(text: string | null | undefined, max = MAX_FIELD): string | undefined {
  if (!text) return undefined;
  const clean = normalizeText(text);
  return clean ? cap(clean, max) : undefined;
}

// Lines that introduce quoted history in replies, in the languages helpdesks see most.
const QUOTE_HEADERS: RegExp[] = [
  /^On\b.{0,300}?(?:\n.{0,200}?)?\bwrote:[ \t]*$/im,
  /^(?:Le|El|Am|Il|Op|Em|W dniu)\b.{0,300}?(?:a écrit|escribió|schrieb|ha scritto|schreef|escreveu|napisał).{0,120}:[ \t]*$/im,
  /^-{2,}[ \t]*(?:Original Message|Forwarded message|Reply above this line)[ \t]*-{2,}/im,
  /^#+-?[ \t]*Please (?:type|write) your reply above this line/im,
  /^_{10,}[ \t]*$/m,
  /^From:.+\n(?:.*\n){0,2}?(?:Sent|Date|To|Subject|Cc):/im,
];

/** Removes quoted earlier messages: "On … wrote:" blocks, "Original Message" blocks and "> " lines. */
export function stripQuotedHistory(text: string): string {
  let cut = text.length;
  for (const header of QUOTE_HEADERS) {
    const match = header.exec(text);
    if (match && match.index > 0 && match.index < cut) cut = match.index;
  }
  return text
    .slice(0, cut)
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n')
    .trim();
}

const SIGNATURE_DELIMITER = /^-- ?$/;
const MOBILE_FOOTER =
  /^(?:sent from my \w+|sent from (?:outlook|mail|yahoo mail|gmail)\b|get outlook for \w+|sent via \w+)/i;
const SIGN_OFF =
  /^(?:thanks|thank you|thanks again|many thanks|thanks so much|thx|cheers|best|best regards|kind regards|warm regards|regards|sincerely|yours|all the best|br|talk soon)[\s,.!]*$/i;

/** Removes a trailing signature: "-- " blocks, "Sent from my iPhone", and a sign-off followed by a few short lines. */
export function stripSignature(text: string): string {
  const lines = text.split('\n');
  let end = lines.length;
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (SIGNATURE_DELIMITER.test(line) || MOBILE_FOOTER.test(line)) {
      end = i;
      break;
    }
  }
  // A sign-off counts only when what follows it is short: a name, a title, a phone number.
  for (let i = end - 1; i >= 1 && i >= end - 8; i--) {
    if (!SIGN_OFF.test((lines[i] ?? '').trim())) continue;
    const rest = lines.slice(i + 1, end).filter((line) => line.trim());
    if (rest.length <= 5 && rest.every((line) => line.trim().length <= 60)) end = i;
    break;
  }
  return lines.slice(0, end).join('\n').trim();
}

// Lines a mail client puts above a message's words: avatar initials, "Dana <dana@x.com>", "to me ▾",
// "to support", "via Email · to help@x.com", "Dana dana@x.com 10:17 (1 hour ago)", "10:41 AM (48 minutes
// ago)", "Mon, 8 Apr 2024, 4:42 PM". Lines are tested one at a time, so "." never crosses one.
const HEADER_LINE = new RegExp(
  [
    '^(?!(?:ok|hi|no|so|oh)$)[A-Z]{1,2}$',
    '^.{0,80}<[^<>\\s]+@[^<>\\s]+>$',
    '^[^\\s@]+@[^\\s@]+$',
    '^to (?:[\\w.-]+|.{0,60}@.{0,60})\\W*$',
    '^.{0,60}[^\\s@]+@[^\\s@]+.{0,12}\\d{1,2}:\\d{2}.{0,30}$',
    '^(?:to|cc|bcc|date|sent):.*$|^via .{1,60}$',
    '^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? ?)?[\\d/.:, -]*(?:[a-z]{3,9}\\.?,? ?[\\d, ]*)?\\d{1,2}:\\d{2}(?: ?[ap]m)?(?: \\([^)]{0,30}\\))?$',
  ].join('|'),
  'i',
);

const NAME_LINE = /^\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,2}$/u;

/** Drops the header lines a mail client shows above a message (sender, recipients, time). */
export function stripHeaderLines(text: string): string {
  const lines = text.split('\n');
  let start = 0;
  const header = (line: string) => line === '' || HEADER_LINE.test(line);
  while (start < lines.length - 1 && start < 8) {
    const line = (lines[start] ?? '').trim();
    // The sender's name on a line of its own counts when a header line follows ("Dana Reyes" then
    // "dana@x.com" or "Today, 8:05 AM").
    const next =
      lines
        .slice(start + 1)
        .find((rest) => rest.trim() !== '')
        ?.trim() ?? '';
    const named = NAME_LINE.test(line) && next !== '' && HEADER_LINE.test(next);
    if (!header(line) && !named) break;
    start += 1;
  }
  return lines.slice(start).join('\n');
}

/** The text of one conversation message, as an agent wants to read it: no history, no signature, capped. */
export function cleanMessage(text: string): string | undefined {
  const normal = normalizeText(text);
  const body = stripSignature(stripQuotedHistory(stripHeaderLines(normal)));
  return field(body || normal);
}

const AUTOMATED_ANYWHERE =
  /\b(?:this is an? (?:automated|automatic) (?:message|reply|response|email|notification)|auto-?reply|automatic reply|do not reply to this (?:e-?mail|message)|this (?:e-?mail|message) was (?:sent|generated) automatically)\b/i;
const AUTOMATED_START =
  /^\W*(?:(?:ticket|case|incident|request|conversation) (?:was )?(?:created|opened|closed|merged|reopened|solved|assigned)|status (?:changed|updated)|(?:\S+ ){0,3}changed (?:the )?(?:status|priority|assignee|owner)|(?:\S+ ){0,3}(?:updated|viewed) (?:this|the) (?:record|case|ticket|incident|request|conversation)\b|milestone\b.{0,80}\b(?:started|completed|violated)\b|assigned to\b|out of office|we(?:'ve| have) received your (?:request|message|e-?mail))/i;

/** True for system events and auto-replies ("Ticket created via email", "This is an automated reply"). */
export function isAutomatedText(text: string): boolean {
  const head = normalizeText(text).slice(0, 300);
  return AUTOMATED_ANYWHERE.test(head) || AUTOMATED_START.test(head);
}

/** A person's display name from "Dana Whitfield <dana@x.com>", "From: Dana (Customer)" and the like. */
export function cleanName(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const name = raw
    .replace(/<[^>]*>/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*(?:from|to|requester|customer|contact|requested by|caller)\s*:\s*/i, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:·|-]+|[\s,;:·|-]+$/g, '');
  if (name.length < 2 || name.length > 80) return undefined;
  if (/@/.test(name) || !/\p{L}/u.test(name) || /\d{3,}/.test(name)) return undefined;
  if (/^\p{Lu}{1,3}$/u.test(name)) return undefined; // avatar initials
  return name;
}

const STRONG_SEPARATOR = /\s+(?:[|–—]|::)\s+/;
const WEAK_SEPARATOR = /\s+[-·:]\s+/;

/** A title part's pieces between hyphens, middle dots and colons ("Inbox · Dana Reyes"). */
export function titlePieces(part: string): string[] {
  return part
    .split(WEAK_SEPARATOR)
    .map((piece) => piece.trim())
    .filter(Boolean);
}

/**
 * Splits a page title like "Ticket #12 | Acme Desk" into its parts. A title with a bar, a dash or "::"
 * between its parts keeps a hyphen inside them ("Order 55120 - not here | Desk" is a subject and the
 * app's name); one without splits on hyphens, middle dots and colons ("Subject - dana@x.com - Mail").
 */
export function titleParts(title: string): string[] {
  return title
    .split(STRONG_SEPARATOR.test(title) ? STRONG_SEPARATOR : WEAK_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
}
