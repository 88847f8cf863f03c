import { useTranslation } from 'react-i18next';
import { Badge, Button, FieldErrors } from '../../ui';
import type { CompetencyWeights, LevelDistributionRule } from './api';

const levels = [1, 2, 3, 4, 5] as const;
const weightKinds = ['socioCultural', 'managerial', 'technical'] as const;

export interface PolicyLevelRowProps {
  code: string;
  name: string;
  rule: LevelDistributionRule | undefined;
  weights: CompetencyWeights | undefined;
  /** The saved override changes this job level. */
  overridden: boolean;
  /** The admin chose to drop this job level's override on save. */
  resetPending: boolean;
  /** Inputs instead of text. */
  canEdit: boolean;
  /** Show the actions cell (the admin's view, even while every row is being reset). */
  actions: boolean;
  errors: string[];
  onRule: (rule: LevelDistributionRule) => void;
  onWeights: (weights: CompetencyWeights) => void;
  /** Absent: the row's reset cannot be toggled on its own. */
  onToggleReset?: (() => void) | undefined;
}

/** One job level of the policy: allowed technical levels, dominance and competency weights. */
export function PolicyLevelRow(props: PolicyLevelRowProps) {
  const { t } = useTranslation();
  const { code, name, rule, weights, canEdit, resetPending } = props;
  const editable = canEdit && !resetPending;
  const hasErrors = props.errors.length > 0;
  return (
    <tr
      data-testid="policy-row"
      data-job-level={code}
      className={hasErrors ? 'policy-row-invalid' : undefined}
      data-invalid={hasErrors || undefined}
    >
      <th scope="row">
        {name}
        {props.overridden && !resetPending && (
          <Badge tone="info" className="policy-badge">
            {t('policy.overridden')}
          </Badge>
        )}
        {resetPending && (
          <Badge tone="warning" className="policy-badge">
            {t('policy.resetPending')}
          </Badge>
        )}
        <FieldErrors errors={props.errors} />
      </th>
      <td>
        {!rule ? (
          <PatternMissing canEdit={editable} onFill={() => props.onRule({ allowed: [], dominant: null })} />
        ) : editable ? (
          <AllowedLevels name={name} rule={rule} onRule={props.onRule} />
        ) : (
          <span data-testid="policy-allowed">{rule.allowed.join(', ') || t('common.none')}</span>
        )}
      </td>
      <td>
        {rule &&
          (editable ? (
            <select
              className="policy-dominant"
              aria-label={t('policy.dominantFor', { name })}
              value={rule.dominant ?? ''}
              onChange={(event) =>
                props.onRule({ ...rule, dominant: event.target.value ? Number(event.target.value) : null })
              }
            >
              <option value="">{t('policy.halfHalf')}</option>
              {[...rule.allowed]
                .sort((a, b) => b - a)
                .map((level) => (
                  <option key={level} value={level}>
                    {t('policy.mostly', { level })}
                  </option>
                ))}
            </select>
          ) : rule.dominant === null ? (
            t('policy.halfHalf')
          ) : (
            t('policy.mostly', { level: rule.dominant })
          ))}
      </td>
      {weightKinds.map((kind) => (
        <td key={kind} className="num">
          {!weights ? (
            <span className="muted not-available">{t('common.notAvailable')}</span>
          ) : editable ? (
            <input
              type="number"
              className="policy-weight"
              min={0}
              max={100}
              aria-label={t('policy.weightFor', { kind: t(`search.kinds.${kind}`), name })}
              value={Number.isNaN(weights[kind]) ? '' : weights[kind]}
              onChange={(event) =>
                props.onWeights({
                  ...weights,
                  [kind]: event.target.value === '' ? Number.NaN : Number(event.target.value),
                })
              }
            />
          ) : (
            weights[kind]
          )}
        </td>
      ))}
      {props.actions && (
        <td>
          {props.onToggleReset && (props.overridden || resetPending) && (
            <Button size="small" aria-pressed={resetPending} onClick={props.onToggleReset}>
              {resetPending ? t('policy.undoReset') : t('policy.reset')}
              <span className="visually-hidden"> — {name}</span>
            </Button>
          )}
        </td>
      )}
    </tr>
  );
}

function AllowedLevels({
  name,
  rule,
  onRule,
}: {
  name: string;
  rule: LevelDistributionRule;
  onRule: (rule: LevelDistributionRule) => void;
}) {
  const { t } = useTranslation();
  const toggle = (level: number, on: boolean) => {
    const allowed = on
      ? [...rule.allowed, level].sort((a, b) => b - a)
      : rule.allowed.filter((value) => value !== level);
    // A dominant level that is no longer allowed falls back to half-half.
    const dominant = rule.dominant !== null && allowed.includes(rule.dominant) ? rule.dominant : null;
    onRule({ allowed, dominant });
  };
  return (
    <fieldset className="policy-levels">
      <legend className="visually-hidden">{t('policy.allowedFor', { name })}</legend>
      {levels.map((level) => (
        <label key={level} className="policy-level">
          <input
            type="checkbox"
            className="checkbox"
            data-testid={`policy-allowed-${level}`}
            checked={rule.allowed.includes(level)}
            onChange={(event) => toggle(level, event.target.checked)}
          />
          {level}
        </label>
      ))}
    </fieldset>
  );
}

function PatternMissing({ canEdit, onFill }: { canEdit: boolean; onFill: () => void }) {
  const { t } = useTranslation();
  return (
    <span className="muted not-available">
      {t('policy.noPattern')}{' '}
      {canEdit && (
        <Button variant="link" onClick={onFill}>
          {t('policy.fillPattern')}
        </Button>
      )}
    </span>
  );
}
