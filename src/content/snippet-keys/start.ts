// One instance of the snippet-shortcut script (the entry is index.ts): it watches what the agent types
// in the page's reply boxes; `;refund` asks the worker for that snippet, asks for missing fields in a
// popover, and puts the text in place of the shortcut.
import type { KeysExpansion, KeysList } from '../../shared/messages';
import { fieldsOf, fieldValue, fillFields } from '../../shared/snippet-fields';
import type { ContentRuntime } from '../runtime';
import { askFields } from './popover';
import { caretText, type Editable, isField, replaceSpot, spotRect, spotText } from './replace';
import { typedShortcut } from './typed';

export interface SnippetKeys {
  alive(): boolean;
  stop(): void;
}

const isList = (value: unknown): value is KeysList =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as KeysList).prefix === 'string' &&
  Array.isArray((value as KeysList).shortcuts);

const isExpansion = (value: unknown): value is KeysExpansion =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as KeysExpansion).body === 'string' &&
  typeof (value as KeysExpansion).values === 'object' &&
  typeof (value as KeysExpansion).words === 'object';

/** The editable the agent typed in: a text field, or the outermost contenteditable around the target. */
function editableOf(target: EventTarget | null): Editable | undefined {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return undefined;
  if (isField(el)) {
    const type = el.getAttribute('type');
    return el.tagName === 'TEXTAREA' || !type || type === 'text' || type === 'search' ? el : undefined;
  }
  if (!el.isContentEditable) return undefined;
  let host = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

export function startSnippetKeys(runtime: ContentRuntime, doc: Document): SnippetKeys {
  const controller = new AbortController();
  const { signal } = controller;
  let prefix = '';
  let shortcuts = new Set<string>();
  let asked = 0;
  let busy = false;

  const alive = () => !signal.aborted && !!runtime.id;
  const stop = () => controller.abort();
  const ask = async (message: unknown): Promise<unknown> => {
    if (!alive()) return stop();
    try {
      return await runtime.sendMessage(message);
    } catch {
      if (!runtime.id) stop(); // Orphaned: the extension was reloaded.
      return undefined;
    }
  };
  const refresh = async () => {
    asked = Date.now();
    const list = await ask({ type: 'keys/list' });
    if (isList(list)) {
      prefix = list.prefix;
      shortcuts = new Set(list.shortcuts.filter((s) => typeof s === 'string'));
    }
  };

  const expand = async (el: Editable) => {
    const caret = caretText(el);
    const typed = caret && typedShortcut(caret.text, prefix, shortcuts);
    if (!caret || !typed) return;
    const spot = caret.spot(typed.start);
    const written = spotText(spot);
    busy = true;
    try {
      const answer = await ask({ type: 'keys/expand', shortcut: typed.shortcut });
      if (!isExpansion(answer) || spotText(spot) !== written) return;
      const missing = fieldsOf(answer.body).filter((field) => !fieldValue(answer.values, field.name));
      let values: Record<string, string> = { ...answer.values };
      if (missing.length > 0) {
        const given = await askFields({
          doc,
          near: spotRect(spot),
          title: answer.title,
          fields: missing,
          words: answer.words,
        });
        if (!given) {
          el.focus({ preventScroll: true });
          if (spot.kind === 'field') spot.el.setSelectionRange(spot.end, spot.end);
          else doc.getSelection()?.collapse(spot.node, Math.min(spot.end, spot.node.length));
          return;
        }
        values = { ...values, ...given };
      }
      if (spotText(spot) !== written) return;
      replaceSpot(spot, fillFields(answer.body, values, answer.locale) + typed.after);
    } finally {
      busy = false;
    }
  };

  doc.addEventListener(
    'input',
    (event) => {
      if (busy || !prefix || (event as InputEvent).isComposing) return;
      const el = editableOf(event.composedPath()[0] ?? event.target);
      if (el) void expand(el);
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'focusin',
    (event) => {
      // New or renamed snippets are picked up when the agent starts typing somewhere.
      if (Date.now() - asked > 2_000 && editableOf(event.composedPath()[0] ?? event.target)) void refresh();
    },
    { capture: true, signal },
  );
  void refresh();
  return { alive, stop };
}
