import '../../../shared/workflow.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/request';
import { Alert, Button, Card, ErrorAlert, Field, useConfirm } from '../../../ui';
import { transitionVersion, type VersionPermissions, type WorkflowAction } from '../api';

interface Props {
  versionId: string;
  revision: number;
  permissions: VersionPermissions;
  onChanged: () => void;
}

/** "Verifikasi", "Tetapkan" and "Kembalikan ke draf", as far as the user's permissions go. */
export function WorkflowActions({ versionId, revision, permissions, onChanged }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<WorkflowAction | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<WorkflowAction | null>(null);
  const confirmation = useConfirm();

  if (!permissions.canVerify && !permissions.canRatify && !permissions.canReturn) return null;
  const commentErrors = (error instanceof ApiError ? error.issues : [])
    .filter((issue) => issue.path === 'comment')
    .map((issue) => issue.message);

  async function act(action: WorkflowAction) {
    if (
      action === 'ratify' &&
      !(await confirmation.confirm(t('technical.workflow.confirmRatify'), t('technical.workflow.ratify')))
    ) {
      return;
    }
    setBusy(action);
    setError(null);
    setDone(null);
    try {
      const trimmed = comment.trim();
      await transitionVersion(versionId, { action, revision, ...(trimmed ? { comment: trimmed } : {}) });
      setComment('');
      setDone(action);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  const button = (action: WorkflowAction, allowed: boolean, variant: 'primary' | 'secondary') =>
    allowed && (
      <Button
        variant={variant}
        data-testid={`workflow-${action}`}
        disabled={busy !== null}
        onClick={() => void act(action)}
      >
        {busy === action ? t('common.saving') : t(`technical.workflow.${action}`)}
      </Button>
    );

  return (
    <Card
      title={t('technical.workflow.title')}
      titleId="workflow-title"
      edge="accent"
      className="workflow-card"
    >
      <p className="muted small">{t('technical.workflow.intro')}</p>
      <Field label={t('technical.workflow.comment')} optional={!permissions.canReturn} errors={commentErrors}>
        <textarea
          name="comment"
          rows={2}
          data-testid="workflow-comment"
          value={comment}
          aria-invalid={commentErrors.length > 0 || undefined}
          onChange={(event) => setComment(event.target.value)}
        />
      </Field>
      {permissions.canReturn && <p className="muted small">{t('technical.workflow.commentHint')}</p>}
      <div className="toolbar">
        {button('verify', permissions.canVerify, 'primary')}
        {button('ratify', permissions.canRatify, 'primary')}
        {button('return', permissions.canReturn, 'secondary')}
      </div>
      <ErrorAlert error={error} />
      {confirmation.dialog}
      {done && (
        <Alert tone="success" role="status">
          {t(`technical.workflow.done.${done}`)}
        </Alert>
      )}
    </Card>
  );
}
