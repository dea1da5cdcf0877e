// Writing or editing one article, with a live preview. Nothing is saved until every field is valid; a
// save based on a version another window replaced is held with the agent's text, and they choose.
import { t } from '../shared/i18n';
import type { Article } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import {
  type ArticleFormErrors,
  type ArticleFormValues,
  articleFromForm,
  emptyArticleForm,
  formFromArticle,
} from './article-form';
import { FormProblems } from './FormProblems';
import { TextField } from './fields';
import { LearnedPhrasings } from './LearnedPhrasings';
import { MarkdownPreview } from './MarkdownPreview';
import { useItemForm } from './use-item-form';

interface Props {
  /** The article to edit; absent to write one. */
  article?: Article;
  /** Where the article's learned phrasings are read and removed (an edited article only). */
  db?: OwnItDatabase;
  takenIds: string[];
  onSave(article: Article, baseVersion: number): Promise<void>;
  /** Saves the agent's text as a new article of its own. */
  onSaveCopy(article: Article): Promise<void>;
  onCancel(): void;
  /** Drops the edits and starts again from the stored article (after a conflict). */
  onReload(): void;
}

export function ArticleForm({ article, db, takenIds, onSave, onSaveCopy, onCancel, onReload }: Props) {
  const { values, set, errors, errorCount, problem, setProblem, saving, formRef, headingRef, attempt } =
    useItemForm<Article, ArticleFormValues, ArticleFormErrors>({
      initial: () => (article ? formFromArticle(article) : emptyArticleForm()),
      validate: (typed) => {
        const result = articleFromForm(typed, { existing: article, takenIds });
        return result.ok ? { ok: true, item: result.article } : result;
      },
      editing: Boolean(article),
      words: { newTakenKey: 'optionsArticleConflictNew', failedKey: 'optionsArticleSaveFailed' },
      clearErrorOnInput: true,
    });

  const submit = (event: Event) => {
    event.preventDefault();
    setProblem(null);
    void attempt((item) => onSave(item, article?.version ?? 0));
  };

  const publish = () => {
    setProblem(null);
    void attempt((item) => onSave({ ...item, status: 'published' }, article?.version ?? 0));
  };

  const isDraft = article?.status === 'draft';
  const title = article ? t('optionsEditTitle', article.title) : t('optionsArticleNew');
  const packNote = article && article.source !== 'local' && !article.editedLocally;
  return (
    <form
      ref={formRef}
      class="item-form card"
      aria-labelledby="article-form-title"
      noValidate
      onSubmit={submit}
    >
      <h2 id="article-form-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {packNote && (
        <p class="muted small">
          {article.source === 'starter' ? t('optionsArticleFromStarter') : t('optionsArticleFromTeamPack')}
        </p>
      )}
      {isDraft && <p class="banner">{t('captureDraftNote')}</p>}
      <FormProblems
        kind="article"
        title={article?.title ?? values.title}
        errorCount={errorCount}
        problem={problem}
        busy={saving}
        onOverwrite={(storedVersion) => void attempt((typedItem) => onSave(typedItem, storedVersion))}
        onSaveCopy={() => void attempt(onSaveCopy)}
        onSaveNew={() => void attempt((typedItem) => onSave(typedItem, 0))}
        onReload={onReload}
        onDiscard={onCancel}
      />

      <TextField
        name="article-title"
        label={t('optionsTitle')}
        value={values.title}
        error={errors.title}
        placeholder={t('optionsArticleTitleExample')}
        onInput={set('title')}
      />
      <div class="editor-pair">
        <TextField
          name="article-body"
          label={t('optionsArticleBody')}
          multiline
          rows={16}
          value={values.body}
          error={errors.body}
          hint={t('optionsArticleBodyHint')}
          onInput={set('body')}
        />
        <div class="field">
          <span class="field-label" id="article-preview-label">
            {t('optionsArticlePreview')}
          </span>
          <MarkdownPreview markdown={values.body} labelledBy="article-preview-label" />
        </div>
      </div>
      <div class="field-row">
        <TextField
          name="article-tags"
          label={t('optionsTags')}
          value={values.tags}
          error={errors.tags}
          hint={t('optionsArticleTagsHint')}
          onInput={set('tags')}
        />
        <TextField
          name="article-keywords"
          label={t('optionsKeywords')}
          value={values.keywords}
          error={errors.keywords}
          hint={t('optionsArticleKeywordsHint')}
          onInput={set('keywords')}
        />
      </div>
      <div class="field-row">
        <TextField
          name="article-category"
          label={t('optionsCategory')}
          value={values.category}
          error={errors.category}
          onInput={set('category')}
        />
        <TextField
          name="article-owner"
          label={t('optionsOwner')}
          value={values.owner}
          error={errors.owner}
          placeholder={t('optionsOwnerExample')}
          onInput={set('owner')}
        />
        <TextField
          name="article-reviewBy"
          label={t('optionsReviewBy')}
          type="date"
          value={values.reviewBy}
          error={errors.reviewBy}
          onInput={set('reviewBy')}
        />
      </div>

      {article && db && <LearnedPhrasings db={db} article={article} />}

      <div class="form-actions">
        {isDraft && (
          <button type="button" class="primary" disabled={saving} onClick={publish}>
            {t('capturePublish')}
          </button>
        )}
        <button type="submit" class={isDraft ? undefined : 'primary'} disabled={saving}>
          {saving
            ? t('optionsSaving')
            : isDraft
              ? t('captureSaveDraft')
              : article
                ? t('optionsSaveChanges')
                : t('optionsArticleAdd')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </form>
  );
}
