// Writing or editing one article, with a live preview. Nothing is saved until every field is valid; a
// save based on a version another window replaced is held with the agent's text, and they choose.
import { t } from '../shared/i18n';
import type { Article } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { ARTICLE_FORM } from './article-form';
import { FormActions, TextField } from './fields';
import { type ItemFormProps, ItemFormShell } from './ItemFormShell';
import { LearnedPhrasings } from './LearnedPhrasings';
import { MarkdownPreview } from './MarkdownPreview';
import { useItemForm } from './use-item-form';

interface Props extends ItemFormProps<Article> {
  /** Where the article's learned phrasings are read and removed (an edited article only). */
  db?: OwnItDatabase;
}

export function ArticleForm({ db, ...on }: Props) {
  const { item: article, onSave, onCancel } = on;
  const form = useItemForm(on, ARTICLE_FORM);
  const { values, field, saving, attempt, setProblem } = form;

  const publish = () => {
    setProblem(null);
    void attempt((item) => onSave({ ...item, status: 'published' }, article?.version ?? 0));
  };

  const isDraft = article?.status === 'draft';
  const title = article ? t('optionsEditTitle', article.title) : t('optionsArticleNew');
  const packNote = article && article.source !== 'local' && !article.editedLocally;
  return (
    <ItemFormShell
      kind="article"
      heading={title}
      form={form}
      notes={
        <>
          {packNote && (
            <p class="muted small">
              {article.source === 'starter'
                ? t('optionsArticleFromStarter')
                : t('optionsArticleFromTeamPack')}
            </p>
          )}
          {isDraft && <p class="banner">{t('captureDraftNote')}</p>}
        </>
      }
    >
      <TextField
        {...field('title')}
        label={t('optionsTitle')}
        placeholder={t('optionsArticleTitleExample')}
      />
      <div class="editor-pair">
        <TextField
          {...field('body')}
          label={t('optionsArticleBody')}
          multiline
          rows={16}
          hint={t('optionsArticleBodyHint')}
        />
        <div class="field">
          <span class="field-label" id="article-preview-label">
            {t('optionsArticlePreview')}
          </span>
          <MarkdownPreview markdown={values.body} labelledBy="article-preview-label" />
        </div>
      </div>
      <div class="field-row">
        <TextField {...field('tags')} label={t('optionsTags')} hint={t('optionsArticleTagsHint')} />
        <TextField
          {...field('keywords')}
          label={t('optionsKeywords')}
          hint={t('optionsArticleKeywordsHint')}
        />
      </div>
      <div class="field-row">
        <TextField {...field('category')} label={t('optionsCategory')} />
        <TextField {...field('owner')} label={t('optionsOwner')} placeholder={t('optionsOwnerExample')} />
        <TextField {...field('reviewBy')} label={t('optionsReviewBy')} type="date" />
      </div>

      {article && db && <LearnedPhrasings db={db} article={article} />}

      <FormActions
        saving={saving}
        submit={isDraft ? t('captureSaveDraft') : article ? t('optionsSaveChanges') : t('optionsArticleAdd')}
        submitClass={isDraft ? '' : 'primary'}
        onCancel={onCancel}
      >
        {isDraft && (
          <button type="button" class="primary" disabled={saving} onClick={publish}>
            {t('capturePublish')}
          </button>
        )}
      </FormActions>
    </ItemFormShell>
  );
}
