// The small form that asks for a snippet's missing fields, on the page beside the reply box. Its own
// shadow root keeps the page's styles out (and its styles in); keyboard first: it opens on the first
// field, Tab moves and wraps, Enter inserts, Escape cancels. No framework.
import type { SnippetField } from '../../shared/snippet-fields';

export interface PopoverWords {
  heading: string;
  insert: string;
  cancel: string;
  /** "Fill in $1" for a required field left empty. */
  missing: string;
  optional: string;
}

export interface PopoverRequest {
  doc: Document;
  near: DOMRect;
  title: string;
  fields: SnippetField[];
  words: PopoverWords;
}

const CSS = `
:host { all: initial; }
form { position: fixed; z-index: 2147483647; box-sizing: border-box; width: 300px; max-width: calc(100vw - 16px);
  padding: 12px; border: 1px solid #8a8f98; border-radius: 8px; background: #fff; color: #1d1f23;
  font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 6px 24px rgba(0,0,0,.22); }
h2 { margin: 0 0 8px; font-size: 14px; font-weight: 600; }
label { display: block; margin: 8px 0 2px; font-weight: 500; }
input, select { box-sizing: border-box; width: 100%; padding: 5px 6px; border: 1px solid #8a8f98;
  border-radius: 4px; font: inherit; color: inherit; background: #fff; }
[aria-invalid=true] { border-color: #b3261e; }
:focus-visible { outline: 2px solid #1a5fd0; outline-offset: 1px; }
p { margin: 6px 0 0; min-height: 1em; color: #b3261e; font-size: 13px; }
.actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 10px; }
button { padding: 5px 12px; border: 1px solid #8a8f98; border-radius: 4px; background: #f3f4f6; font: inherit;
  color: inherit; cursor: pointer; }
button[type=submit] { background: #1a5fd0; border-color: #1a5fd0; color: #fff; }
@media (prefers-color-scheme: dark) {
  form, input, select { background: #23262b; color: #eceef1; }
  button { background: #33373e; }
}`;

const labelOf = (name: string) => name.replace(/[._]+/g, ' ');

function styleInto(root: ShadowRoot, doc: Document): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    // A constructed sheet is not subject to the page's style-src policy.
    const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
}

/** Resolves with the answers, or undefined when the agent cancels. */
export function askFields({
  doc,
  near,
  title,
  fields,
  words,
}: PopoverRequest): Promise<Record<string, string> | undefined> {
  return new Promise((resolve) => {
    const host = doc.createElement('ownit-snippet-fields');
    const root = host.attachShadow({ mode: 'open' });
    styleInto(root, doc);
    const el = <K extends keyof HTMLElementTagNameMap>(
      tag: K,
      props: Record<string, string | boolean> = {},
    ): HTMLElementTagNameMap[K] => Object.assign(doc.createElement(tag), props);
    const form = el('form', { noValidate: true });
    form.setAttribute('role', 'dialog');
    form.setAttribute('aria-labelledby', 'ownit-h');
    const heading = el('h2', { id: 'ownit-h', textContent: words.heading.replace('$1', title) });
    form.append(heading);
    type Entry = [SnippetField, HTMLInputElement | HTMLSelectElement];
    const inputs = fields.map((field, i): Entry => {
      const id = `ownit-f${i}`;
      const label = el('label', {
        htmlFor: id,
        textContent: labelOf(field.name) + (field.optional ? ` (${words.optional})` : ''),
      });
      let input: HTMLInputElement | HTMLSelectElement;
      if (field.type === 'choice') {
        input = el('select', { id });
        input.append(el('option', { value: '', textContent: '' }));
        for (const choice of field.choices)
          input.append(el('option', { value: choice, textContent: choice }));
      } else {
        input = el('input', {
          id,
          type: field.type === 'date' ? 'date' : 'text',
          placeholder: field.hint ?? '',
        });
      }
      if (!field.optional) input.setAttribute('aria-required', 'true');
      form.append(label, input);
      return [field, input];
    });
    const problem = el('p', { id: 'ownit-p' });
    problem.setAttribute('role', 'status');
    const actions = el('div', { className: 'actions' });
    const cancel = el('button', { type: 'button', textContent: words.cancel });
    actions.append(cancel, el('button', { type: 'submit', textContent: words.insert }));
    form.append(problem, actions);
    root.append(form);

    const view = doc.defaultView;
    const width = Math.min(300, (view?.innerWidth ?? 320) - 16);
    const left = Math.max(8, Math.min(near.left, (view?.innerWidth ?? 0) - width - 8));
    const below = near.bottom + 6;
    const fitsBelow = below + 60 + fields.length * 56 < (view?.innerHeight ?? 800);
    form.style.left = `${left}px`;
    if (fitsBelow) form.style.top = `${below}px`;
    else form.style.bottom = `${Math.max(8, (view?.innerHeight ?? 0) - near.top + 6)}px`;

    const close = (answer: Record<string, string> | undefined) => {
      host.remove();
      resolve(answer);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const empty = inputs.find(([field, input]) => !field.optional && !input.value.trim());
      for (const [, input] of inputs) input.removeAttribute('aria-invalid');
      if (empty) {
        empty[1].setAttribute('aria-invalid', 'true');
        empty[1].setAttribute('aria-describedby', 'ownit-p');
        problem.textContent = words.missing.replace('$1', labelOf(empty[0].name));
        empty[1].focus();
        return;
      }
      close(Object.fromEntries(inputs.map(([field, input]) => [field.name, input.value])));
    });
    cancel.addEventListener('click', () => close(undefined));
    form.addEventListener('keydown', (event) => {
      event.stopPropagation(); // The helpdesk's own shortcuts stay out of the form.
      if (event.key === 'Escape') {
        event.preventDefault();
        close(undefined);
      } else if (event.key === 'Tab') {
        const order = [
          ...inputs.map(([, input]) => input),
          cancel,
          form.querySelector('[type=submit]') as HTMLElement,
        ];
        const at = order.indexOf(root.activeElement as HTMLElement);
        const next = event.shiftKey ? (at <= 0 ? order.length - 1 : at - 1) : (at + 1) % order.length;
        event.preventDefault();
        order[next]?.focus();
      }
    });
    (doc.body ?? doc.documentElement).append(host);
    inputs[0]?.[1].focus();
  });
}
