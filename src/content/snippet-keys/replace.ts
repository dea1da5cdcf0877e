// Replacing the typed shortcut with the snippet's text, as typing would: through the editor's own
// insertText command where it takes it (so Ctrl+Z undoes it), else by hand with an input event.
import { fireInput, placeLines } from '../typing';

export type Editable = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** Where a typed shortcut is: offsets in a field's value, or in one text node of an editable. */
export type Spot =
  | { kind: 'field'; el: HTMLTextAreaElement | HTMLInputElement; start: number; end: number }
  | { kind: 'node'; el: HTMLElement; node: Text; start: number; end: number };

export const isField = (el: Element): el is HTMLTextAreaElement | HTMLInputElement =>
  el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';

/** The text before the caret and where it is, or undefined when the caret is not in plain text. */
export function caretText(el: Editable): { text: string; spot: (start: number) => Spot } | undefined {
  if (isField(el)) {
    const end = el.selectionStart ?? 0;
    if (end !== el.selectionEnd) return undefined;
    return { text: el.value.slice(0, end), spot: (start) => ({ kind: 'field', el, start, end }) };
  }
  const selection = el.ownerDocument.getSelection();
  const node = selection?.anchorNode;
  if (!selection?.isCollapsed || !node || node.nodeType !== 3 || !el.contains(node)) return undefined;
  const end = selection.anchorOffset;
  const text = node as Text;
  return { text: text.data.slice(0, end), spot: (start) => ({ kind: 'node', el, node: text, start, end }) };
}

/** The text at the spot now (the page may have changed it while the agent filled fields). */
export function spotText(spot: Spot): string | undefined {
  if (spot.kind === 'field')
    return spot.el.isConnected ? spot.el.value.slice(spot.start, spot.end) : undefined;
  return spot.node.isConnected ? spot.node.data.slice(spot.start, spot.end) : undefined;
}

function execInsert(doc: Document, text: string): boolean {
  try {
    const exec = (doc as Document & { execCommand?: Document['execCommand'] }).execCommand;
    return typeof exec === 'function' && exec.call(doc, 'insertText', false, text);
  } catch {
    return false;
  }
}

/** Replaces the spot with `text`; true when the page took it. */
export function replaceSpot(spot: Spot, text: string): boolean {
  const doc = spot.el.ownerDocument;
  spot.el.focus({ preventScroll: true });
  if (spot.kind === 'field') {
    const { el } = spot;
    if (el.disabled || el.readOnly) return false;
    const before = el.value;
    el.setSelectionRange(spot.start, spot.end);
    if (execInsert(doc, text) && el.value !== before) return true;
    el.value = before;
    el.setRangeText(text, spot.start, spot.end, 'end');
    fireInput(el, text);
    return true;
  }
  const range = doc.createRange();
  range.setStart(spot.node, spot.start);
  range.setEnd(spot.node, spot.end);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const before = spot.el.textContent;
  if (execInsert(doc, text) && spot.el.textContent !== before) return true;
  placeLines(range, spot.el, text);
  return true;
}

/** Where to show the popover: the caret in an editable, the box's lower edge in a field. */
export function spotRect(spot: Spot): DOMRect {
  if (spot.kind === 'node') {
    const range = spot.el.ownerDocument.createRange();
    range.setStart(spot.node, spot.end);
    const rect = range.getBoundingClientRect?.();
    if (rect && (rect.width || rect.height || rect.top)) return rect;
  }
  return spot.el.getBoundingClientRect();
}
