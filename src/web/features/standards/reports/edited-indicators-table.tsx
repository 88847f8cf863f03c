import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, DataTable } from '../../../ui';
import type { EditedIndicatorRow } from '../reports-api';

/** Competency rows of the latest standards whose indicators no longer match the dictionary. */
export function EditedIndicatorsTable({ rows }: { rows: EditedIndicatorRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) {
    return (
      <Alert tone="success" data-testid="edited-indicators-empty">
        {t('consistency.edited.empty')}
      </Alert>
    );
  }
  return (
    <DataTable
      columns={[t('consistency.position'), t('consistency.edited.competency'), t('consistency.edited.kind')]}
      rows={rows}
      rowKey={(row) => `${row.standardId}:${row.competencyName}`}
      renderRow={(row) => (
        <tr data-testid="edited-indicator-row" data-standard-id={row.standardId}>
          <td>
            <Link to={`/skj/${row.standardId}`}>{row.positionName}</Link>
          </td>
          <td>{row.competencyName}</td>
          <td>{t(`search.kinds.${row.kind}`)}</td>
        </tr>
      )}
    />
  );
}
