import { useTranslation } from 'react-i18next';
import { CoverageBar } from '../../../shared/coverage-bar';
import { Button, Card, DataTable } from '../../../ui';
import type { CoverageGroup } from '../reports-api';

/** One breakdown of the merit dashboard (by agency, org unit or job level), one row per group. */
export function CoverageTable({
  id,
  title,
  groupHeading,
  groups,
  label,
  onChoose,
}: {
  id: string;
  title: string;
  groupHeading: string;
  groups: CoverageGroup[];
  /** The text of a group's first cell; the server's label by default. */
  label?: (group: CoverageGroup) => string;
  /** Makes the group name a button, e.g. to drill into an agency. */
  onChoose?: (group: CoverageGroup) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <DataTable
        className="coverage-table"
        testId={`merit-table-${id}`}
        head={
          <tr>
            <th scope="col">{groupHeading}</th>
            <th scope="col" className="num">
              {t('merit.positions')}
            </th>
            <th scope="col" className="num">
              {t('merit.ratified')}
            </th>
            <th scope="col">{t('merit.coverage')}</th>
          </tr>
        }
        empty={t('merit.noPositions')}
        rowCount={groups.length}
      >
        {groups.map((group) => {
          const name = label ? label(group) : group.label;
          return (
            <tr key={group.key} data-testid="merit-row" data-key={group.key}>
              <th scope="row">
                {onChoose ? (
                  <Button variant="link" onClick={() => onChoose(group)}>
                    {name}
                  </Button>
                ) : (
                  name
                )}
              </th>
              <td className="num">{group.positions}</td>
              <td className="num">{group.ratified}</td>
              <td>
                <CoverageBar coverage={group} />
              </td>
            </tr>
          );
        })}
      </DataTable>
    </Card>
  );
}
