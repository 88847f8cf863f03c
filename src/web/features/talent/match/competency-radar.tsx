import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../../shared/format';
import { DataTable } from '../../../ui';
import type { MatchRow } from '../api';
import { gapClass } from './match-bars';

// Wider than tall: the axis labels at the left and right need more room than those at the top.
const width = 620;
const height = 480;
const centerX = width / 2;
const centerY = height / 2;
const radius = 185;
const maxLevel = 5;

/** Where `level` lies on axis `index`; levels above 5 only place the labels outside the grid. */
function point(index: number, count: number, level: number): [number, number] {
  // First axis at the top, then clockwise.
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (radius * Math.max(0, level)) / maxLevel;
  return [centerX + r * Math.cos(angle), centerY + r * Math.sin(angle)];
}

function polygon(values: number[]): string {
  return values
    .map((value, index) =>
      point(index, values.length, value)
        .map((n) => n.toFixed(1))
        .join(','),
    )
    .join(' ');
}

/** A competency's name cut to fit beside an axis (the full name is in the tooltip and the table). */
function shortName(name: string): string {
  return name.length <= 18 ? name : `${name.slice(0, 16).trimEnd()}…`;
}

/**
 * Required against assessed levels (0..5) as a radar: one axis per required competency, labelled
 * with its code (the full name in the tooltip and the table). Hand-written SVG; the same numbers
 * are available as a table for screen readers and for anyone who prefers reading figures.
 */
export function CompetencyRadar({ rows, plain = false }: { rows: MatchRow[]; plain?: boolean }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const id = useId();
  const count = rows.length;
  const met = rows.filter((row) => row.competencyGap <= 0).length;
  if (count === 0) return <p className="muted">{t('talent.radar.empty')}</p>;
  const required = rows.map((row) => row.requiredLevel);
  const assessed = rows.map((row) => Math.min(maxLevel, row.assessedLevel ?? 0));

  return (
    <figure className="radar" data-testid="competency-radar">
      <svg
        className="radar-chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{t('talent.radar.title')}</title>
        <desc id={`${id}-desc`}>{t('talent.radar.description', { met, count })}</desc>
        <g className="radar-grid">
          {[1, 2, 3, 4, 5].map((level) => (
            <polygon key={level} points={polygon(rows.map(() => level))} />
          ))}
          {rows.map((row, index) => {
            const [x, y] = point(index, count, maxLevel);
            return <line key={row.competencyId} x1={centerX} y1={centerY} x2={x} y2={y} />;
          })}
          {[1, 2, 3, 4, 5].map((level) => {
            const [, y] = point(0, count, level);
            return (
              <text key={level} className="radar-scale" x={centerX + 4} y={y - 3}>
                {level}
              </text>
            );
          })}
        </g>
        <polygon className="radar-required" points={polygon(required)} data-testid="radar-required" />
        <polygon className="radar-assessed" points={polygon(assessed)} data-testid="radar-assessed" />
        {rows.map((row, index) => {
          const [x, y] = point(index, count, Math.min(maxLevel, row.assessedLevel ?? 0));
          return (
            <circle key={row.competencyId} className={`radar-dot ${gapClass(row)}`} cx={x} cy={y} r={4.5} />
          );
        })}
        {rows.map((row, index) => {
          const [x, y] = point(index, count, maxLevel + 0.6);
          const anchor = Math.abs(x - centerX) < 8 ? 'middle' : x > centerX ? 'start' : 'end';
          return (
            <text
              key={row.competencyId}
              className={`radar-label ${row.competencyGap > 0 ? 'radar-label-short' : ''}`}
              x={x}
              y={y}
              textAnchor={anchor}
              dominantBaseline="middle"
              data-testid="radar-label"
            >
              <title>
                {`${row.name}: ${t('talent.radar.tooltip', {
                  required: row.requiredLevel,
                  assessed:
                    row.assessedLevel === null ? t('talent.notAssessed') : formatNumber(row.assessedLevel),
                })}`}
              </title>
              {plain ? shortName(row.name) : row.code}
            </text>
          );
        })}
      </svg>
      <figcaption className="radar-legend">
        <span className="radar-key radar-key-required">{t('talent.radar.required')}</span>
        <span className="radar-key radar-key-assessed">{t('talent.radar.assessed')}</span>
        <span className="muted small">{t('talent.radar.scale')}</span>
      </figcaption>
      <details className="radar-table">
        <summary>{t('talent.radar.asTable')}</summary>
        <DataTable
          testId="radar-table"
          caption={t('talent.radar.title')}
          columns={[
            ...(plain ? [] : [t('talent.columns.code')]),
            t('talent.columns.competency'),
            { label: t('talent.columns.required'), numeric: true },
            { label: t('talent.columns.assessed'), numeric: true },
            { label: t('talent.columns.gap'), numeric: true },
          ]}
          rows={rows}
          rowKey={(row) => row.competencyId}
          renderRow={(row) => (
            <tr>
              {!plain && (
                <td>
                  <code>{row.code}</code>
                </td>
              )}
              <th scope="row">{row.name}</th>
              <td className="num">{row.requiredLevel}</td>
              <td className="num">
                {row.assessedLevel === null ? t('talent.notAssessed') : formatNumber(row.assessedLevel)}
              </td>
              <td className="num">{formatNumber(row.competencyGap)}</td>
            </tr>
          )}
        />
      </details>
    </figure>
  );
}
