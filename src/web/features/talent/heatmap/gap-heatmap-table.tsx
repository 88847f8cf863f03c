import { useTranslation } from 'react-i18next';
import { CompetencyKindBadge } from '../../../shared/competency-kind-badge';
import { useFormatNumber } from '../../../shared/format';
import { DataTable } from '../../../ui';
import type { GapHeatmap } from '../api';

/** Colour class of an average gap: none (≤ 0), small (< 0.5), medium (< 1), large (≥ 1). */
export function heatClass(averageGap: number): string {
  if (averageGap <= 0) return 'heat-0';
  if (averageGap < 0.5) return 'heat-1';
  if (averageGap < 1) return 'heat-2';
  return 'heat-3';
}

/** The heatmap as CSV (semicolon-separated for Excel): one row per competency, one column per position. */
export function heatmapCsv(data: GapHeatmap): string {
  const quote = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const cell = (positionId: string, key: string) =>
    data.cells.find((c) => c.positionId === positionId && c.competencyKey === key);
  const lines = [
    ['Kode', 'Kompetensi', ...data.positions.map((p) => p.name)],
    ...data.competencies.map((c) => [
      c.code,
      c.name,
      ...data.positions.map((p) => {
        const found = cell(p.id, c.key);
        return found ? String(found.averageGap).replace('.', ',') : '';
      }),
    ]),
  ];
  return `\uFEFF${lines.map((line) => line.map(quote).join(';')).join('\r\n')}\r\n`;
}

/**
 * Competency rows × position columns; each cell the average gap (required − assessed, no result
 * counting as 0) as text and colour, and how many holders fall short. An empty cell: the
 * position's standard does not require that competency.
 */
export function GapHeatmapTable({ data }: { data: GapHeatmap }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const cells = new Map(data.cells.map((c) => [`${c.positionId}|${c.competencyKey}`, c]));
  return (
    <DataTable
      testId="gap-heatmap"
      className="heatmap"
      wrapClassName="heatmap-wrap"
      caption={t('talent.heatmap.caption', { unit: data.unit.name })}
      columns={[
        t('talent.columns.competency'),
        ...data.positions.map((position) => ({
          label: (
            <>
              {position.name}
              <span className="muted small heatmap-holders">
                {t('talent.heatmap.holders', { count: position.holders })}
              </span>
            </>
          ),
          className: 'heatmap-position',
        })),
      ]}
      rows={data.competencies}
      rowKey={(competency) => competency.key}
      renderRow={(competency) => (
        <tr>
          <th scope="row" className="heatmap-competency">
            <code>{competency.code}</code> {competency.name} <CompetencyKindBadge kind={competency.kind} />
          </th>
          {data.positions.map((position) => {
            const cell = cells.get(`${position.id}|${competency.key}`);
            if (!cell) {
              return (
                <td key={position.id} className="heat-none">
                  <span aria-hidden="true">–</span>
                  <span className="visually-hidden">{t('talent.heatmap.notRequired')}</span>
                </td>
              );
            }
            return (
              <td
                key={position.id}
                className={`heat ${heatClass(cell.averageGap)}`}
                data-testid="heatmap-cell"
                data-code={competency.code}
                data-gap={cell.averageGap}
              >
                <strong>
                  {cell.averageGap < 0 ? `−${formatNumber(-cell.averageGap)}` : formatNumber(cell.averageGap)}
                </strong>
                <span className="heat-detail">
                  {t('talent.heatmap.cell', {
                    required: cell.requiredLevel,
                    short: cell.short,
                    holders: cell.holders,
                  })}
                </span>
              </td>
            );
          })}
        </tr>
      )}
      underTable={
        <p className="muted small heatmap-legend">
          <span className="legend-swatch heat-0" aria-hidden="true" /> {t('talent.heatmap.legend0')}{' '}
          <span className="legend-swatch heat-1" aria-hidden="true" /> {t('talent.heatmap.legend1')}{' '}
          <span className="legend-swatch heat-2" aria-hidden="true" /> {t('talent.heatmap.legend2')}{' '}
          <span className="legend-swatch heat-3" aria-hidden="true" /> {t('talent.heatmap.legend3')}
        </p>
      }
    />
  );
}
