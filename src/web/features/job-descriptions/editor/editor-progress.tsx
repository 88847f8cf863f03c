import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/request';
import { Alert, Badge, Button, ButtonAnchor, Card, ErrorAlert } from '../../../ui';
import { type JobDescriptionDetail, jobDescriptionFileUrl } from '../api';
import type { Completion } from './completion';

/**
 * Above the tabs: how much is filled, and the actions on the whole job description (save a new
 * version, ratify, the documents), with what the server answered.
 */
export function EditorProgress({
  detail,
  completion,
  dirty,
  busy,
  error,
  onSave,
  onRatify,
}: {
  detail: JobDescriptionDetail;
  completion: Completion;
  /** Changed since the last save: ratifying waits for a save. */
  dirty: boolean;
  busy: boolean;
  error: unknown;
  onSave: () => void;
  onRatify: () => void;
}) {
  const { t } = useTranslation();
  const positionId = detail.position.id;
  const saved = detail.jobDescription;
  const readOnly = !detail.permissions.canEdit;
  const { filled, total, percent } = completion;
  const stale = error instanceof ApiError && error.code === 'JOB_DESCRIPTION_STALE';
  return (
    <Card className="jd-progress" aria-labelledby="jd-progress-title">
      <div className="jd-progress-head">
        <h2 id="jd-progress-title">{t('jobDescription.progress.label')}</h2>
        <span data-testid="jd-progress" data-filled={filled} data-total={total}>
          {t('jobDescription.progress.value', { filled, total, percent })}
        </span>
      </div>
      <progress className="jd-progress-bar" max={total} value={filled} aria-labelledby="jd-progress-title" />
      <div className="toolbar jd-toolbar" role="toolbar" aria-label={t('jobDescription.toolbar.label')}>
        {!readOnly && (
          <Button variant="primary" data-testid="jd-save" disabled={busy} onClick={onSave}>
            {busy ? t('common.saving') : t('jobDescription.toolbar.save')}
          </Button>
        )}
        {detail.permissions.canRatify && saved?.status === 'draft' && (
          <Button
            data-testid="jd-ratify"
            disabled={busy || dirty}
            title={dirty ? t('jobDescription.toolbar.saveFirst') : undefined}
            onClick={onRatify}
          >
            {t('jobDescription.toolbar.ratify')}
          </Button>
        )}
        {saved && (
          <>
            <ButtonAnchor size="small" href={jobDescriptionFileUrl(positionId, 'docx')} download>
              {t('jobDescription.toolbar.docx')}
            </ButtonAnchor>
            <ButtonAnchor size="small" href={jobDescriptionFileUrl(positionId, 'pdf')} download>
              {t('jobDescription.toolbar.pdf')}
            </ButtonAnchor>
          </>
        )}
        {dirty && (
          <Badge tone="warning" data-testid="jd-dirty" role="status">
            {t('jobDescription.toolbar.dirty')}
          </Badge>
        )}
      </div>
      {readOnly && (
        <Alert tone="info" className="small">
          {t('jobDescription.toolbar.readOnly')}
        </Alert>
      )}
      <ErrorAlert error={error} />
      {/* Someone else saved meanwhile: only a reload shows their version. */}
      {stale && (
        <Button size="small" onClick={() => window.location.reload()}>
          {t('jobDescription.toolbar.reload')}
        </Button>
      )}
    </Card>
  );
}
