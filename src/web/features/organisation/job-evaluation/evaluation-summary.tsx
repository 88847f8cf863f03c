import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, ErrorAlert } from '../../../ui';
import type { JobEvaluationResult } from '../api';
import type { EvaluationScore } from './evaluation-score';

/**
 * Beside the factors: the running job value, the grade its band gives, and the save button with
 * what the server answered.
 */
export function EvaluationSummary({
  score,
  factorCount,
  readOnly,
  saving,
  missingCount,
  error,
  result,
}: {
  score: EvaluationScore;
  factorCount: number;
  readOnly: boolean;
  saving: boolean;
  /** Factors still without a level after an attempt to save. */
  missingCount: number;
  error: unknown;
  result: JobEvaluationResult | null;
}) {
  const { t } = useTranslation();
  const { total, complete, grade, band } = score;
  return (
    <Card
      as="aside"
      title={t('jobEvaluation.summary.title')}
      titleId="evaluation-summary-title"
      className="evaluation-summary"
    >
      <p className="evaluation-total" data-testid="evaluation-total" aria-live="polite">
        {total}
      </p>
      <p className="small muted">
        {t('jobEvaluation.summary.chosen', { chosen: score.chosen, total: factorCount })}
      </p>
      <p
        className={
          !complete
            ? 'evaluation-grade evaluation-grade-pending'
            : grade === null
              ? 'evaluation-grade evaluation-grade-outside'
              : 'evaluation-grade'
        }
        data-testid="evaluation-grade"
        data-grade={grade ?? ''}
        aria-live="polite"
      >
        {!complete
          ? t('jobEvaluation.summary.incomplete')
          : grade === null
            ? t('jobEvaluation.summary.outside')
            : t('jobEvaluation.summary.grade', { grade })}
      </p>
      {band && (
        <p className="small muted" data-testid="evaluation-band">
          {band.max === null
            ? t('jobEvaluation.summary.bandOpen', { min: band.min })
            : t('jobEvaluation.summary.band', { min: band.min, max: band.max })}
        </p>
      )}
      {readOnly ? (
        <Alert tone="info" className="small" data-testid="evaluation-read-only">
          {t('jobEvaluation.form.readOnly')}
        </Alert>
      ) : (
        <Button
          variant="primary"
          className="evaluation-submit"
          type="submit"
          data-testid="evaluation-submit"
          disabled={saving}
        >
          {saving ? t('common.saving') : t('jobEvaluation.form.submit')}
        </Button>
      )}
      {missingCount > 0 && (
        <Alert tone="error" className="small" role="alert">
          {t('jobEvaluation.form.missingSummary', { count: missingCount })}
        </Alert>
      )}
      <ErrorAlert error={error} />
      {result && (
        <Alert tone="success" as="div" className="small" role="status" data-testid="evaluation-result">
          {t('jobEvaluation.summary.saved', { value: result.jobValue, grade: result.jobGrade })}
        </Alert>
      )}
    </Card>
  );
}
