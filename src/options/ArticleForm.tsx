// Writing or editing one article, with a live preview. Nothing is saved until every field is valid; a
// save based on a version another window replaced is held with the agent's text, and they choose.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Article } from '../shared/model';
import {
  type ArticleField,
  type ArticleFormErrors,
  type ArticleFormValues,
  articleFromForm,
  emptyArticleForm,
  formFromArticle,
} from './article-form';
import { describeSaveFailure, FormProblems, type SaveProblem } from './FormProblems';
import { TextField } from './fields';
import { MarkdownPreview } from './MarkdownPreview';

interface Props {
  /** The article to edit; absent to write one. */
  article?: Article;
  takenIds: string[];
  onSave(article: Article, baseVersion: number): Promise<void>;
  /** Saves the agent's text as a new article of its own. */
  onSaveCopy(article: Article): Promise<void>;
  onCancel(): void;
  /** Drops the edits and starts again from the stored article (after a conflict). */
  onReload(): void;
}

export function ArticleForm({ article, takenIds, onSave, onSaveCopy, onCancel, onReload }: Props) {
  const [values, setValues] = useState<ArticleFormValues>(() =>
    article ? formFromArticle(article) : emptyArticleForm(),
  );
  const [errors, setErrors] = useState<ArticleFormErrors>({});
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  const set = (field: ArticleField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (errors[field]) {
      setErrors((current) => {
        const next = { ...current };
        delete next[field];
        return next;
      });
    }
  };

  /** The article as typed, or null (with the errors shown) when a field is wrong. */
  const typed = (): Article | null => {
    const result = articleFromForm(values, { existing: article, takenIds });
    if (result.ok) {
      setErrors({});
      return result.article;
    }
    setErrors(result.errors);
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
    return null;
  };

  const attempt = async (write: (item: Article) => Promise<void>) => {
    if (saving) return;
    const item = typed();
    if (!item) return;
    setSaving(true);
    try {
      await write(item);
    } catch (error) {
      setSaving(false);
      setProblem(
        describeSaveFailure(error, Boolean(article), {
          newTakenKey: 'optionsArticleConflictNew',
          failedKey: 'optionsArticleSaveFailed',
        }),
      );
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    setProblem(null);
    void attempt((item) => onSave(item, article?.version ?? 0));
  };

  const publish = () => {
    setProblem(null);
    void attempt((item) => onSave({ ...item, status: 'published' }, article?.version ?? 0));
  };

  const errorCount = Object.keys(errors).length;
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
