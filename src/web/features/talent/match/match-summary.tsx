import { useTranslation } from 'react-i18next';
import { CompetencyKindBadge } from '../../../shared/competency-kind-badge';
import { useFormatPercent } from '../../../shared/format';
import { Alert, StatTile, StatTiles } from '../../../ui';
import type { JobPersonMatch } from '../api';
import { CategoryBadge } from './category-badge';

const kinds = ['socioCultural', 'managerial', 'technical'] as const;

/**
 * The two percentages and the category. The weighted one is shown with the per-kind shares and
 * the job level's weights that combine them, so the figure can be recomputed by hand.
 */
export function MatchSummary({ match, plain = false }: { match: JobPersonMatch; plain?: boolean }) {
  const { t } = useTranslation();
  const formatPercent = useFormatPercent();
  return (
    <div className="match-summary" data-testid="match-summary">
      <StatTiles className="match-tiles">
        <StatTile
          labelFirst
          label={t('talent.match.unweighted')}
          value={formatPercent(match.unweighted)}
          valueTestId="match-unweighted"
        />
        <StatTile
          labelFirst
          label={t('talent.match.weighted')}
          value={match.weighted === null ? t('common.notAvailable') : formatPercent(match.weighted)}
          valueTestId="match-weighted"
        />
        <StatTile
          labelFirst
          label={t('talent.match.category')}
          value={<CategoryBadge category={match.category} verified={match.categoriesVerified} />}
          valueClassName="match-category-value"
        />
      </StatTiles>
      {!match.categoriesVerified && (
        <p className="muted small" data-testid="category-note">
          {t('talent.match.categoryNote')}
        </p>
      )}
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
