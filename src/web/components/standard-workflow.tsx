import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type StandardAction,
  type StandardPermissions,
  standardActions,
  transitionStandard,
} from '../api-standards';
import { ErrorAlert } from './error-alert';
import { Field } from './field';

const allowedBy: Record<StandardAction, keyof StandardPermissions> = {
  submit: 'canSubmit',
  verify: 'canVerify',
  validate: 'canValidate',
  ratify: 'canRatify',
  return: 'canReturn',
};

/** Ajukan / Verifikasi / Validasi / Tetapkan / Kembalikan, as far as the permissions go. */
export function StandardWorkflow({
  standardId,
  permissions,
  onChanged,
}: {
  standardId: string;
  permissions: StandardPermissions;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<StandardAction | null>(null);
  const [error, setError] = useState<unknown>(null);
  const actions = standardActions.filter((action) => permissions[allowedBy[action]]);
  if (actions.length === 0) return null;

  async function act(action: StandardAction) {
    setBusy(action);
    setError(null);
    try {
      const trimmed = comment.trim();
      await transitionStandard(standardId, { action, ...(trimmed ? { comment: trimmed } : {}) });
      setComment('');
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card workflow-card" aria-labelledby="standard-workflow-title">
      <h2 id="standard-workflow-title">{t('standards.workflow.title')}</h2>
      <Field label={t('standards.workflow.comment')} optional={!permissions.canReturn}>
        <textarea
          name="comment"
          rows={2}
          data-testid="standard-comment"
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </Field>
      <div className="toolbar">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'return' ? 'button button-secondary' : 'button button-primary'}
            data-testid={`standard-${action}`}
            disabled={busy !== null}
            onClick={() => void act(action)}
          >
            {busy === action ? t('common.saving') : t(`standards.workflow.${action}`)}
          </button>
        ))}
      </div>
      <ErrorAlert error={error} />
    </section>
  );
}
