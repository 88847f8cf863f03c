import { useTranslation } from 'react-i18next';
import { useLevelTitle } from '../../../shared/use-level-title';
import { Button, Field, FieldErrors, IconButton } from '../../../ui';
import { type LevelDraft, newIndicator } from './entry-draft';

interface Props {
  levels: LevelDraft[];
  onChange: (levels: LevelDraft[]) => void;
  /** Server issues by control, see `issuesByControl`. */
  issues: Map<string, string[]>;
}

/** The five levels side by side (stacked on narrow screens): description and indicators each. */
export function LevelColumnsEditor({ levels, onChange, issues }: Props) {
  const levelTitle = useLevelTitle();
  const update = (changed: LevelDraft) =>
    onChange(levels.map((level) => (level.level === changed.level ? changed : level)));
  return (
    <div className="level-grid">
      {levels.map((level) => (
        <LevelColumn
          key={level.level}
          level={level}
          title={levelTitle(level.level)}
          issues={issues}
          onChange={update}
        />
      ))}
    </div>
  );
}

function LevelColumn(props: {
  level: LevelDraft;
  title: string;
  issues: Map<string, string[]>;
  onChange: (level: LevelDraft) => void;
}) {
  const { t } = useTranslation();
  const { level, issues, onChange } = props;
  const base = `levels.${level.level}`;
  const general = issues.get(base) ?? [];
  const descriptionErrors = issues.get(`${base}.description`) ?? [];
  const indicatorErrors = issues.get(`${base}.behaviourIndicators`) ?? [];
  const invalid = general.length + descriptionErrors.length + indicatorErrors.length > 0;

  const setIndicator = (key: number, text: string) =>
    onChange({
      ...level,
      indicators: level.indicators.map((item) => (item.key === key ? { ...item, text } : item)),
    });
  const removeIndicator = (key: number) =>
    onChange({ ...level, indicators: level.indicators.filter((item) => item.key !== key) });

  return (
    <fieldset
      className={invalid ? 'level-column has-error' : 'level-column'}
      data-testid="level-column"
      data-level={level.level}
    >
      <legend className="level-column-title">{props.title}</legend>
      <FieldErrors errors={general} />
      <Field label={t('dictionary.description')} errors={descriptionErrors}>
        <textarea
          name={`level-${level.level}-description`}
          data-testid="level-description"
          rows={4}
          value={level.description}
          aria-invalid={descriptionErrors.length > 0 || undefined}
          onChange={(event) => onChange({ ...level, description: event.target.value })}
        />
      </Field>
      <div className="field">
        <span className="field-label" id={`level-${level.level}-indicators`}>
          {t('dictionary.indicators')}
        </span>
        <ol className="indicator-editor" aria-labelledby={`level-${level.level}-indicators`}>
          {level.indicators.map((indicator, position) => (
            <li key={indicator.key} className="indicator-editor-item">
              <textarea
                data-testid="indicator-input"
                rows={2}
                value={indicator.text}
                aria-label={t('technical.editor.indicatorLabel', {
                  level: level.level,
                  number: position + 1,
                })}
                aria-invalid={indicatorErrors.length > 0 || undefined}
                onChange={(event) => setIndicator(indicator.key, event.target.value)}
              />
              <IconButton
                data-testid="remove-indicator"
                label={t('technical.editor.removeIndicator', { number: position + 1 })}
                title={t('technical.editor.removeIndicator', { number: position + 1 })}
                disabled={level.indicators.length <= 1}
                onClick={() => removeIndicator(indicator.key)}
              >
                ×
              </IconButton>
            </li>
          ))}
        </ol>
        <FieldErrors errors={indicatorErrors} />
        <Button
          size="small"
          data-testid="add-indicator"
          onClick={() => onChange({ ...level, indicators: [...level.indicators, newIndicator()] })}
        >
          + {t('technical.editor.addIndicator')}
        </Button>
      </div>
    </fieldset>
  );
}
