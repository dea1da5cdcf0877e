// Writing into a page's editor as typing would look to it: the input event its framework listens for,
// and lines placed at a range by hand (text nodes with <br> between, the caret after them) where the
// editor's own insertText command did not take the text. Shared by the reply-box editor
// (src/content/insert.ts) and the snippet shortcuts (src/content/snippet-keys/replace.ts).

/** Tells the page's editor that `text` was typed into `el`. */
export function fireInput(el: Element, text: string): void {
  const view = el.ownerDocument.defaultView;
  const Ctor = view?.InputEvent ?? InputEvent;
  el.dispatchEvent(new Ctor('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

/** Puts `text` in place of `range`'s contents in the editable `el`, caret after it, and says so. */
export function placeLines(range: Range, el: HTMLElement, text: string): void {
  const doc = el.ownerDocument;
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.deleteContents();
  range.insertNode(fragment);
  if (last) range.setStartAfter(last);
  range.collapse(true);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  fireInput(el, text);
}
