import '../../../shared/workflow.css';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, ErrorAlert, Field, useConfirm } from '../../../ui';
import {
  type StandardAction,
  type StandardPermissions,
  type StandardTransition,
  standardActions,
  transitionStandard,
} from '../api';
import { StandardTransitions } from './standard-transitions';

const allowedBy: Record<StandardAction, keyof StandardPermissions> = {
  submit: 'canSubmit',
  verify: 'canVerify',
  validate: 'canValidate',
  ratify: 'canRatify',
  return: 'canReturn',
};

/**
 * The workflow card: the history of this version (actor, time, comment), then Ajukan /
 * Verifikasi / Validasi / Tetapkan / Kembalikan as far as the permissions go. Returning to draft
 * needs a reason; ratifying asks for confirmation, for a ratified standard never changes.
 */
export function StandardWorkflow({
  standardId,
  permissions,
  transitions,
  onChanged,
  hidden = [],
}: {
  standardId: string;
  permissions: StandardPermissions;
  transitions: StandardTransition[];
  onChanged: () => void;
  /** Actions offered elsewhere on the page (the composer's action bar submits a draft). */
  hidden?: readonly StandardAction[];
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const [busy, setBusy] = useState<StandardAction | null>(null);
  const [error, setError] = useState<unknown>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const { confirm, dialog } = useConfirm();
  const actions = standardActions.filter(
    (action) => permissions[allowedBy[action]] && !hidden.includes(action),
  );

  async function act(action: StandardAction) {
    const trimmed = comment.trim();
    if (action === 'return' && !trimmed) {
      setMissingReason(true);
      commentRef.current?.focus();
      return;
    }
    // Ratification cannot be undone: a ratified standard only changes through a new version.
    if (
      action === 'ratify' &&
      !(await confirm(t('standards.workflow.confirmRatify'), t('standards.workflow.confirmRatifyLabel')))
    ) {
      return;
    }
    setBusy(action);
    setError(null);
    try {
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
    <Card
      title={t('standards.workflow.title')}
      titleId="standard-workflow-title"
      edge="accent"
      className="workflow-card"
    >
      <StandardTransitions transitions={transitions} />
      {actions.length > 0 && (
        <>
          <Field
            label={
              permissions.canReturn
                ? t('standards.workflow.commentOrReason')
                : t('standards.workflow.comment')
            }
            optional={!permissions.canReturn}
            errors={missingReason ? [t('standards.workflow.reasonRequired')] : undefined}
          >
            <textarea
              ref={commentRef}
              name="comment"
              rows={2}
              maxLength={2000}
              data-testid="standard-comment"
              aria-invalid={missingReason || undefined}
              value={comment}
              onChange={(event) => {
                setComment(event.target.value);
                if (event.target.value.trim()) setMissingReason(false);
              }}
            />
          </Field>
          <div className="toolbar">
            {actions.map((action) => (
              <Button
                key={action}
                variant={action === 'return' ? 'secondary' : 'primary'}
                data-testid={`standard-${action}`}
                disabled={busy !== null}
                onClick={() => void act(action)}
              >
                {busy === action ? t('common.saving') : t(`standards.workflow.${action}`)}
              </Button>
            ))}
          </div>
        </>
      )}
      <ErrorAlert error={error} />
      {dialog}
    </Card>
  );
}
