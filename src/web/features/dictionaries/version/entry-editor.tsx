import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AffairSelect } from '../../../shared/affair-select';
import { ApiError } from '../../../shared/api/request';
import { Alert, Button, Card, ErrorAlert, Field, FieldErrors, useConfirm } from '../../../ui';
import { addEntry, competencyGroups, deleteEntry, type Entry, updateEntry } from '../api';
import { draftFromEntry, draftToInput, type EntryDraft, issuesByControl } from './entry-draft';
import { LevelColumnsEditor } from './level-columns-editor';

interface Props {
  versionId: string;
  /** The version revision as last loaded; sent when adding an entry (optimistic locking). */
  revision: number;
  /** The entry to change (its own revision is sent with the change), or null for a new one. */
  entry: Entry | null;
  onSaved: (entry: Entry) => void;
  onDeleted: (entry: Entry) => void;
  onClose: () => void;
  /** Reloads the version (after ENTRY_STALE or VERSION_STALE) without touching this form. */
  /** Loads the version again; settles once the fresh entry is here. */
  onReload: () => Promise<void>;
}

/** Adds or changes one competency: its fields and its five levels side by side. */
export function EntryEditor({ versionId, revision, entry, onSaved, onDeleted, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const confirmation = useConfirm();
  const [draft, setDraft] = useState<EntryDraft>(() => draftFromEntry(entry));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'save' | 'delete' | 'reload' | null>(null);
  const [reloaded, setReloaded] = useState(false);

  const issues = issuesByControl(error);
  const errorsOf = (key: string) => issues.get(key) ?? [];
  const invalid = (key: string) => (issues.has(key) ? true : undefined);
  const stale = error instanceof ApiError && (error.code === 'ENTRY_STALE' || error.code === 'VERSION_STALE');
  const set = <K extends keyof EntryDraft>(key: K, value: EntryDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy('save');
    setError(null);
    setReloaded(false);
    try {
      const input = draftToInput(draft);
      const saved = entry
        ? await updateEntry(versionId, entry.id, input, entry.revision)
        : await addEntry(versionId, input, revision);
      onSaved(saved.entry);
    } catch (err) {
      setError(err);
      setBusy(null);
    }
  }

  async function onDelete() {
    if (!entry) return;
    if (
      !(await confirmation.confirm(
        t('technical.editor.confirmDelete', { code: entry.code }),
        t('technical.editor.delete'),
      ))
    )
      return;
    setBusy('delete');
    setError(null);
    try {
      await deleteEntry(versionId, entry.id);
      onDeleted(entry);
    } catch (err) {
      setError(err);
      setBusy(null);
    }
  }

  // "Reloaded" (and saving again) only once the fresh revision is in the form: saved before it
  // arrives, the change would be refused as stale once more.
  async function reload() {
    setError(null);
    setBusy('reload');
    await onReload();
    setBusy(null);
    setReloaded(true);
  }

  return (
    <Card
      edge="primary"
      title={entry ? t('technical.editor.editTitle', { code: entry.code }) : t('technical.editor.newTitle')}
      titleId="entry-editor-title"
      actions={
        <Button size="small" onClick={onClose}>
          {t('technical.editor.close')}
        </Button>
      }
    >
      {confirmation.dialog}
      {entry?.isPlaceholder && <Alert tone="warning">{t('technical.editor.placeholderNote')}</Alert>}
      <form className="form" data-testid="entry-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="form-grid">
          <Field label={t('technical.entries.code')} errors={errorsOf('code')}>
            <input
              name="code"
              data-testid="entry-field-code"
              value={draft.code}
              aria-invalid={invalid('code')}
              onChange={(event) => set('code', event.target.value)}
            />
          </Field>
          <Field label={t('technical.entries.name')} errors={errorsOf('name')} className="span-2">
            <input
              name="name"
              data-testid="entry-field-name"
              value={draft.name}
              aria-invalid={invalid('name')}
              onChange={(event) => set('name', event.target.value)}
            />
          </Field>
        </div>
        <Field label={t('technical.entries.definition')} errors={errorsOf('definition')}>
          <textarea
            name="definition"
            data-testid="entry-field-definition"
            rows={3}
            value={draft.definition}
            aria-invalid={invalid('definition')}
            onChange={(event) => set('definition', event.target.value)}
          />
        </Field>
        <div className="form-grid">
          <Field label={t('technical.entries.affair')} errors={errorsOf('governmentAffair')}>
            <AffairSelect
              testId="entry-field-affair"
              value={draft.governmentAffair}
              invalid={issues.has('governmentAffair')}
              onChange={(value) => set('governmentAffair', value)}
            />
          </Field>
          <Field label={t('technical.entries.subAffair')} optional errors={errorsOf('subAffair')}>
            <input
              name="subAffair"
              data-testid="entry-field-subaffair"
              value={draft.subAffair}
              aria-invalid={invalid('subAffair')}
              onChange={(event) => set('subAffair', event.target.value)}
            />
          </Field>
          <Field label={t('technical.entries.group')} errors={errorsOf('group')}>
            <select
              name="group"
              data-testid="entry-field-group"
              value={draft.group}
              aria-invalid={invalid('group')}
              onChange={(event) => set('group', event.target.value as EntryDraft['group'])}
            >
              {competencyGroups.map((group) => (
                <option key={group} value={group}>
                  {t(`technical.groups.${group}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <h3 className="subheading">{t('dictionary.levelsLabel')}</h3>
        <FieldErrors errors={errorsOf('levels')} />
        <LevelColumnsEditor
          levels={draft.levels}
          onChange={(levels) => set('levels', levels)}
          issues={issues}
        />
        <ErrorAlert error={error} />
        {stale && (
          <div className="toolbar">
            <Button data-testid="reload-version" onClick={() => void reload()}>
              {t('technical.editor.reload')}
            </Button>
          </div>
        )}
        {reloaded && (
          <Alert tone="info" role="status">
            {t('technical.editor.reloaded')}
          </Alert>
        )}
        <div className="toolbar">
          <Button variant="primary" type="submit" data-testid="save-entry" disabled={busy !== null}>
            {busy === 'save' ? t('common.saving') : t('common.save')}
          </Button>
          {entry && (
            <Button
              variant="danger"
              data-testid="delete-entry"
              disabled={busy !== null}
              onClick={() => void onDelete()}
            >
              {busy === 'delete' ? t('technical.editor.deleting') : t('technical.editor.delete')}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}
