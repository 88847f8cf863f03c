import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactorSource } from '../../job-descriptions/api';
import {
  type EvaluationKind,
  evaluatePosition,
  type Factor,
  type GradeBand,
  type JobEvaluationResult,
} from '../api';
import { factorProblems, pick, scoreOf } from './evaluation-score';
import { EvaluationSummary } from './evaluation-summary';
import { FactorFieldset } from './factor-fieldset';

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

  const score = scoreOf(factors, levels, gradeBands);
  const problems = factorProblems(error);
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
        {factors.map((factor) => (
          <FactorFieldset
            key={factor.factor}
            factor={factor}
            level={levels[factor.factor]}
            justification={justifications[factor.factor]}
            messages={problemsOfFactor(factor.factor)}
            readOnly={readOnly}
            information={information?.[factor.factor]}
            onLevel={(level) => choose(factor.factor, level)}
            onJustification={(text) =>
              setJustifications((current) => ({ ...current, [factor.factor]: text }))
            }
          />
        ))}
      </fieldset>
      <EvaluationSummary
        score={score}
        factorCount={factors.length}
        readOnly={readOnly}
        saving={saving}
        missingCount={missing.size}
        error={error}
        result={result}
      />
    </form>
  );
}
