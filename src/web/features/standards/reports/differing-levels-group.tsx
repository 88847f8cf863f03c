import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { DataTable } from '../../../ui';
import { getStandard } from '../api';
import type { DifferingLevelsGroup as Group } from '../reports-api';
import { StandardStatusBadge } from '../standard-status-badge';

/** Competencies whose required level is not the same in every standard of the group, by name. */
export function differingCompetencies(group: Group): string[] {
  const names = new Set(group.standards.flatMap((standard) => Object.keys(standard.levels)));
  return [...names]
    .filter((name) => new Set(group.standards.map((standard) => standard.levels[name] ?? null)).size > 1)
    .sort((a, b) => a.localeCompare(b, 'id'));
}

/**
 * Standards of positions with the same name and job level side by side: one column per standard,
 * one row per competency whose level differs.
 */
export function DifferingLevelsGroup({ group, jobLevelName }: { group: Group; jobLevelName: string }) {
  const { t } = useTranslation();
  const names = differingCompetencies(group);
  const titleId = `group-${group.standards[0]?.id ?? group.positionName}`;
  return (
    <article className="consistency-group" data-testid="consistency-group" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {group.positionName} <span className="muted small">· {jobLevelName}</span>
      </h3>
      <p className="muted small">{t('consistency.differing.groupHint', { count: group.standards.length })}</p>
      <DataTable
        columns={[
          t('consistency.differing.competency'),
          ...group.standards.map((standard, index) => ({
            label: <StandardHeading id={standard.id} index={index + 1} />,
            numeric: true,
          })),
        ]}
        rows={names}
        rowKey={(name) => name}
        renderRow={(name) => (
          <tr data-testid="differing-competency">
            <th scope="row">{name}</th>
            {group.standards.map((standard) => (
              <td key={standard.id} className="num">
                {standard.levels[name] ?? (
                  <span className="muted" title={t('consistency.differing.absent')}>
                    {t('common.none')}
                    <span className="visually-hidden">{t('consistency.differing.absent')}</span>
                  </span>
                )}
              </td>
            ))}
          </tr>
        )}
      />
    </article>
  );
}

/** A standard's column title: its org unit and status, read from the standard itself. */
function StandardHeading({ id, index }: { id: string; index: number }) {
  const { t } = useTranslation();
  const detail = useApi(`standard:${id}`, () => getStandard(id)).data;
  return (
    <span className="standard-heading">
      <Link to={`/skj/${id}`}>{t('consistency.differing.standard', { index })}</Link>
      {detail && (
        <>
          <span className="small">{detail.content.identity.orgUnitName ?? t('common.none')}</span>
          <StandardStatusBadge status={detail.standard.status} />
        </>
      )}
    </span>
  );
}
