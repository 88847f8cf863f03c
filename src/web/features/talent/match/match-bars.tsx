import { useTranslation } from 'react-i18next';
import { CompetencyKindBadge } from '../../../shared/competency-kind-badge';
import { useFormatNumber, useFormatPercent } from '../../../shared/format';
import { DataTable } from '../../../ui';
import type { MatchRow } from '../api';

/** Colour class of a row's gap: met, a small shortfall (< 1 level), a large one, or no result. */
export function gapClass(row: Pick<MatchRow, 'competencyGap' | 'assessedLevel'>): string {
  if (row.assessedLevel === null) return 'gap-missing';
  if (row.competencyGap <= 0) return 'gap-none';
  if (row.competencyGap < 1) return 'gap-small';
  return 'gap-large';
}

const maxLevel = 5;

/**
 * The percentage explained: per competency the assessed level against the required one on a 0..5
 * scale, what it contributes (min(assessed, required)), and the sums that make the unweighted %.
 */
export function MatchBars({
  rows,
  unweighted,
  plain = false,
}: {
  rows: MatchRow[];
  unweighted: number;
  /** Names only and the total without its sum (the civil servant's own view). */
  plain?: boolean;
}) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const formatPercent = useFormatPercent();
  const met = rows.reduce((n, row) => n + Math.min(row.assessedLevel ?? 0, row.requiredLevel), 0);
  const required = rows.reduce((n, row) => n + row.requiredLevel, 0);

  return (
    <DataTable
      testId="match-bars"
      className="match-bars"
      caption={t('talent.bars.caption')}
      columns={[
        t('talent.columns.competency'),
        { label: t('talent.bars.scale'), className: 'match-bar-col' },
        { label: t('talent.columns.required'), numeric: true },
        { label: t('talent.columns.assessed'), numeric: true },
        { label: t('talent.columns.gap'), numeric: true },
        { label: t('talent.columns.contribution'), numeric: true },
      ]}
      rows={rows}
      rowKey={(row) => row.competencyId}
      renderRow={(row) => <MatchBarRow row={row} plain={plain} />}
      footer={
        <tr>
          <th scope="row" colSpan={5}>
            {t('talent.bars.total')}
          </th>
          <td className="num" data-testid="match-bars-total">
            {plain
              ? formatPercent(unweighted)
              : `${formatNumber(met)}/${required} = ${formatPercent(unweighted)}`}
          </td>
        </tr>
      }
      underTable={
        <p className="muted small match-bars-legend">
          <span className="legend-swatch gap-none" aria-hidden="true" /> {t('talent.bars.legendMet')}{' '}
          <span className="legend-swatch gap-small" aria-hidden="true" /> {t('talent.bars.legendSmall')}{' '}
          <span className="legend-swatch gap-large" aria-hidden="true" /> {t('talent.bars.legendLarge')}{' '}
          <span className="legend-swatch legend-required" aria-hidden="true" />{' '}
          {t('talent.bars.legendRequired')}
        </p>
      }
    />
  );
}

/** One competency: the assessed level as a bar with the required level marked, the gap in colour and words. */
function MatchBarRow({ row, plain }: { row: MatchRow; plain: boolean }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const assessed = row.assessedLevel ?? 0;
  const cls = gapClass(row);
  return (
    <tr data-testid="match-bar-row" data-code={row.code} data-gap={row.competencyGap}>
      <th scope="row" className="match-bar-name">
        {!plain && <code>{row.code}</code>} {row.name} <CompetencyKindBadge kind={row.kind} />
      </th>
      <td className="match-bar-col">
        <span className="match-bar" aria-hidden="true">
          <span
            className={`match-bar-fill ${cls}`}
            style={{ width: `${(100 * Math.min(assessed, maxLevel)) / maxLevel}%` }}
          />
          <span className="match-bar-required" style={{ left: `${(100 * row.requiredLevel) / maxLevel}%` }} />
        </span>
      </td>
      <td className="num">{row.requiredLevel}</td>
      <td className="num">
        {row.assessedLevel === null ? (
          <span className="muted">{t('talent.notAssessed')}</span>
        ) : (
          formatNumber(row.assessedLevel)
        )}
      </td>
      <td className="num">
        <span className={`gap-text ${cls}`}>
          {row.competencyGap > 0
            ? formatNumber(row.competencyGap)
            : row.competencyGap < 0
              ? `+${formatNumber(-row.competencyGap)}`
              : '0'}
        </span>
        <span className="visually-hidden">
          {' '}
          ({row.competencyGap > 0 ? t('talent.bars.short') : t('talent.bars.met')})
        </span>
      </td>
      <td className="num">
        {formatNumber(Math.min(assessed, row.requiredLevel))}/{row.requiredLevel}
      </td>
    </tr>
  );
}
