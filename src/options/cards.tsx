// The card heads the options lists share: a knowledge item's (playbook, snippet; an article's source chip)
// and a source's (a team pack, a help center), so each list writes only what is its own.
import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';
import type { Source } from '../shared/model';
import { sourceLabel } from './article-list';

/** The message for a pack's item the agent edited, by list. */
type EditedKey = 'optionsSourceEdited' | 'snippetEdited';

interface FromSource {
  title: string;
  source: Source;
  editedLocally?: boolean;
}

/** Where an item came from; `editedKey` names the message for a pack's item the agent edited. */
export function ItemSourceChip({ item, editedKey }: { item: FromSource; editedKey: EditedKey }) {
  const from = sourceLabel(item.source);
  return (
    <span class="chip subtle">
      {item.source !== 'local' && item.editedLocally ? t(editedKey, from) : from}
    </span>
  );
}

/** A knowledge item's card: its title, where it came from and `chips` in the head, then `children`. */
export function ItemCard(props: {
  item: FromSource;
  editedKey: EditedKey;
  chips?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <li class="card item">
      <div class="item-head">
        <h2 class="item-title">{props.item.title}</h2>
        <ItemSourceChip item={props.item} editedKey={props.editedKey} />
        {props.chips}
      </div>
      {props.children}
    </li>
  );
}

/** A source's card (a team pack, a help center), named by its heading (`id`), `chips` beside it. */
export function SourceCard(props: {
  id: string;
  title: string;
  chips?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <li class="card pack" aria-labelledby={props.id}>
      <div class="rule-head">
        <h2 id={props.id} class="rule-title">
          {props.title}
        </h2>
        {props.chips}
      </div>
      {props.children}
    </li>
  );
}
