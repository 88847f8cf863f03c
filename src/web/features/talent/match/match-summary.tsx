import { useTranslation } from 'react-i18next';
import { CompetencyKindBadge } from '../../../shared/competency-kind-badge';
import { useFormatPercent } from '../../../shared/format';
import { Alert, StatTile, StatTiles } from '../../../ui';
import type { CategoryPurpose, JobPersonMatch } from '../api';
import { CategoryBadge } from './category-badge';

const kinds = ['socioCultural', 'managerial', 'technical'] as const;
const purposes: readonly CategoryPurpose[] = ['competencyMapping', 'positionFilling'];

/**
 * The one JPM (weighted where the job level has weights, else unweighted; the method is named),
 * its category for this screen's purpose and, apart, for the other purpose; the per-kind shares
 * and weights that make it, so the figure can be recomputed by hand.
 */
export function MatchSummary({ match, plain = false }: { match: JobPersonMatch; plain?: boolean }) {
  const { t } = useTranslation();
  const formatPercent = useFormatPercent();
  const other = purposes.find((p) => p !== match.purpose) ?? 'positionFilling';
  return (
    <div className="match-summary" data-testid="match-summary" data-purpose={match.purpose}>
      <StatTiles className="match-tiles">
        <StatTile
          labelFirst
          label={t('talent.jpm.label')}
          value={formatPercent(match.percent)}
          valueTestId="match-percent"
        />
        <StatTile
          labelFirst
          label={t(`talent.jpm.purpose.${match.purpose}`)}
          value={<CategoryBadge category={match.category} code={match.categories[match.purpose].code} />}
          valueClassName="match-category-value"
          testId="match-category"
        />
        <StatTile
          labelFirst
          label={t(`talent.jpm.purpose.${other}`)}
          value={
            <CategoryBadge category={match.categories[other].name} code={match.categories[other].code} />
          }
          valueClassName="match-category-value match-category-other"
          testId="match-category-other"
        />
      </StatTiles>
      <p className="small" data-testid="match-method" data-method={match.method}>
        {t(`talent.jpm.method.${match.method}`)}{' '}
        <span className="muted">
          {t('talent.jpm.both', {
            unweighted: formatPercent(match.unweighted),
            weighted: match.weighted === null ? t('common.notAvailable') : formatPercent(match.weighted),
          })}
        </span>
      </p>
      {match.notAssessed > 0 && (
        <Alert tone="warning" data-testid="match-not-assessed">
          {t('talent.match.notAssessed', { count: match.notAssessed })}
        </Alert>
      )}
      <ul className="match-kinds" aria-label={t('talent.match.byKind')}>
        {kinds
          .filter((kind) => match.byKind[kind] !== undefined)
          .map((kind) => (
            <li key={kind} data-testid="match-kind" data-kind={kind}>
              <CompetencyKindBadge kind={kind} /> <strong>{formatPercent(match.byKind[kind] ?? 0)}</strong>
              {match.weights && !plain && (
                <span className="muted small">
                  {' '}
                  {t('talent.match.weight', { weight: match.weights[kind] })}
                </span>
              )}
            </li>
          ))}
      </ul>
      <p className="muted small">
        {plain
          ? t('talent.match.plainExplained')
          : match.weights
            ? t('talent.match.weightedExplained')
            : t('talent.match.noWeights')}
      </p>
    </div>
  );
}
