import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/request';
import { Alert, Button, Card, ErrorAlert, Field } from '../../../ui';
import type { FactorSource } from '../../job-descriptions/api';
import { FactorInformation } from '../../job-descriptions/editor/factor-information';
import {
  type EvaluationKind,
  evaluatePosition,
  type Factor,
  type GradeBand,
  gradeForValue,
  type JobEvaluationResult,
} from '../api';

interface Problem {
  factor: string;
  message: string;
}

function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details?.problems)) return [];
  return (error.details.problems as unknown[]).filter(
    (p): p is Problem => typeof p === 'object' && p !== null && typeof (p as Problem).factor === 'string',
  );
}

/**
 * The factor-point form: a level per factor, an optional justification each, and beside it the
 * running job value and the grade its band gives. The server computes the same and keeps it.
 */
export function JobEvaluationForm({
  positionId,
  kind,
  factors,
  gradeBands,
  initialLevels,
  initialJustifications,
  readOnly,
  information,
  onSaved,
}: {
  positionId: string;
  kind: EvaluationKind;
  factors: readonly Factor[];
  gradeBands: readonly GradeBand[];
  initialLevels: Record<string, string>;
  initialJustifications: Record<string, string>;
  readOnly: boolean;
  /** Job-factor information from the job description, per factor (absent while loading). */
  information?: Record<string, FactorSource[]> | undefined;
  onSaved: (result: JobEvaluationResult) => void;
}) {
  const { t } = useTranslation();
  const [levels, setLevels] = useState<Record<string, string>>(() => pick(factors, initialLevels));
  const [justifications, setJustifications] = useState<Record<string, string>>(() =>
    pick(factors, initialJustifications),
  );
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<JobEvaluationResult | null>(null);
  const [prefilled] = useState(() => !readOnly && Object.keys(pick(factors, initialLevels)).length > 0);

  const chosen = factors.flatMap((factor) => {
    const level = factor.levels.find((l) => l.level === levels[factor.factor]);
    return level ? [level] : [];
  });
  const total = chosen.reduce((sum, level) => sum + level.points, 0);
  const complete = chosen.length === factors.length;
  const grade = complete ? gradeForValue(gradeBands, total) : null;
  const band = grade === null ? undefined : gradeBands.find((b) => b.grade === grade);
  const problems = problemsOf(error);
  const problemsOfFactor = (factor: string) => [
    ...(missing.has(factor) ? [t('jobEvaluation.form.missing')] : []),
    ...problems.filter((p) => p.factor === factor).map((p) => p.message),
  ];

  function choose(factor: string, level: string) {
    setLevels((current) => ({ ...current, [factor]: level }));
    setResult(null);
    if (missing.has(factor)) {
      setMissing((current) => new Set([...current].filter((f) => f !== factor)));
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const unchosen = factors.filter((f) => !levels[f.factor]).map((f) => f.factor);
    setMissing(new Set(unchosen));
    setError(null);
    setResult(null);
    if (unchosen.length > 0) return;
    const notes = Object.fromEntries(
      Object.entries(justifications)
        .map(([factor, text]) => [factor, text.trim()] as const)
        .filter(([factor, text]) => text !== '' && levels[factor]),
    );
    setSaving(true);
    try {
      const saved = await evaluatePosition({ positionId, kind, levels, justifications: notes });
      setResult(saved);
      onSaved(saved);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="evaluation-layout"
      data-testid="evaluation-form"
      aria-label={t('jobEvaluation.form.label')}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <fieldset className="evaluation-factors" disabled={readOnly || saving}>
        <legend className="visually-hidden">{t('jobEvaluation.form.factors')}</legend>
        {prefilled && <p className="muted small evaluation-prefilled">{t('jobEvaluation.form.prefilled')}</p>}
        {factors.map((factor) => {
          const selected = factor.levels.find((l) => l.level === levels[factor.factor]);
          const messages = problemsOfFactor(factor.factor);
          const selectId = `factor-${factor.factor}`;
          return (
            <fieldset
              key={factor.factor}
              className="evaluation-factor"
              data-invalid={messages.length > 0 ? 'true' : undefined}
            >
              <legend>
                <span className="evaluation-factor-code">{factor.factor}</span>
                {factor.name}
              </legend>
              <div className="evaluation-factor-row">
                <div className="field">
                  <label className="field-label" htmlFor={selectId}>
                    {t('jobEvaluation.form.level')}
                  </label>
                  <select
                    id={selectId}
                    name={`level-${factor.factor}`}
                    data-testid="factor-select"
                    data-factor={factor.factor}
                    value={levels[factor.factor] ?? ''}
                    aria-invalid={messages.length > 0 ? true : undefined}
                    aria-describedby={`${selectId}-points`}
                    onChange={(event) => choose(factor.factor, event.target.value)}
                  >
                    <option value="">{t('jobEvaluation.form.choose')}</option>
                    {factor.levels.map((level) => (
                      <option key={level.level} value={level.level}>
                        {t('jobEvaluation.form.levelOption', { level: level.level, points: level.points })}
                      </option>
                    ))}
                  </select>
                  <span className="small muted" id={`${selectId}-points`}>
                    {selected ? (
                      <span className="evaluation-points" data-testid="factor-points">
                        {t('jobEvaluation.form.points', { points: selected.points })}
                      </span>
                    ) : (
                      t('jobEvaluation.form.noLevel')
                    )}
                  </span>
                  {messages.map((message) => (
                    <span key={message} className="field-error" data-testid="factor-error">
                      {message}
                    </span>
                  ))}
                </div>
                {readOnly ? (
                  <div className="field">
                    <span className="field-label">{t('jobEvaluation.form.justification')}</span>
                    <p className="evaluation-justification" data-testid="factor-justification">
                      {justifications[factor.factor] || t('common.none')}
                    </p>
                  </div>
                ) : (
                  <Field
                    label={
                      <>
                        {t('jobEvaluation.form.justification')}
                        <span className="field-optional"> ({t('common.optional')})</span>
                      </>
                    }
                  >
                    <textarea
                      name={`justification-${factor.factor}`}
                      rows={2}
                      maxLength={1000}
                      value={justifications[factor.factor] ?? ''}
                      placeholder={t('jobEvaluation.form.justificationHint')}
                      onChange={(event) =>
                        setJustifications((current) => ({ ...current, [factor.factor]: event.target.value }))
                      }
                    />
                  </Field>
                )}
              </div>
              <FactorInformation sources={information?.[factor.factor]} />
            </fieldset>
          );
        })}
      </fieldset>
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
          {t('jobEvaluation.summary.chosen', { chosen: chosen.length, total: factors.length })}
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
        {missing.size > 0 && (
          <Alert tone="error" className="small" role="alert">
            {t('jobEvaluation.form.missingSummary', { count: missing.size })}
          </Alert>
        )}
        <ErrorAlert error={error} />
        {result && (
          <Alert tone="success" as="div" className="small" role="status" data-testid="evaluation-result">
            {t('jobEvaluation.summary.saved', { value: result.jobValue, grade: result.jobGrade })}
          </Alert>
        )}
      </Card>
    </form>
  );
}

/** Only the entries of this kind's factors (a kind change leaves the other kind's levels behind). */
function pick(factors: readonly Factor[], values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    factors.flatMap((f) => {
      const value = values[f.factor];
      return value ? [[f.factor, value] as const] : [];
    }),
  );
}
