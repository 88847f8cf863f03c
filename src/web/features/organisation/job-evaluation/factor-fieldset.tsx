import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui';
import type { FactorSource } from '../../job-descriptions/api';
import { FactorInformation } from '../../job-descriptions/editor/factor-information';
import type { Factor } from '../api';

/**
 * One evaluation factor: its level (with the points it gives), the reason for the level, and what
 * the job description says about the factor.
 */
export function FactorFieldset({
  factor,
  level,
  justification,
  messages,
  readOnly,
  information,
  onLevel,
  onJustification,
}: {
  factor: Factor;
  level: string | undefined;
  justification: string | undefined;
  /** "Choose a level" and the server's problems with this factor. */
  messages: string[];
  readOnly: boolean;
  information: FactorSource[] | undefined;
  onLevel: (level: string) => void;
  onJustification: (text: string) => void;
}) {
  const { t } = useTranslation();
  const selected = factor.levels.find((l) => l.level === level);
  const selectId = `factor-${factor.factor}`;
  return (
    <fieldset className="evaluation-factor" data-invalid={messages.length > 0 ? 'true' : undefined}>
      <legend>
        <span className="evaluation-factor-code">{factor.factor}</span>
        {factor.name}
      </legend>
      <div className="evaluation-factor-row">
        {/* Not a <Field>: the points line and the factor's errors sit under the select, outside its label. */}
        <div className="field">
          <label className="field-label" htmlFor={selectId}>
            {t('jobEvaluation.form.level')}
          </label>
          <select
            id={selectId}
            name={`level-${factor.factor}`}
            data-testid="factor-select"
            data-factor={factor.factor}
            value={level ?? ''}
            aria-invalid={messages.length > 0 ? true : undefined}
            aria-describedby={`${selectId}-points`}
            onChange={(event) => onLevel(event.target.value)}
          >
            <option value="">{t('jobEvaluation.form.choose')}</option>
            {factor.levels.map((option) => (
              <option key={option.level} value={option.level}>
                {t('jobEvaluation.form.levelOption', { level: option.level, points: option.points })}
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
              {justification || t('common.none')}
            </p>
          </div>
        ) : (
          <Field label={t('jobEvaluation.form.justification')} optional>
            <textarea
              name={`justification-${factor.factor}`}
              rows={2}
              maxLength={1000}
              value={justification ?? ''}
              placeholder={t('jobEvaluation.form.justificationHint')}
              onChange={(event) => onJustification(event.target.value)}
            />
          </Field>
        )}
      </div>
      <FactorInformation sources={information} />
    </fieldset>
  );
}
