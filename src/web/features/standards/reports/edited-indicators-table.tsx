import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../ui';
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
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('consistency.position')}</th>
            <th scope="col">{t('consistency.edited.competency')}</th>
            <th scope="col">{t('consistency.edited.kind')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.standard_id}:${row.competency_name}`}
              data-testid="edited-indicator-row"
              data-standard-id={row.standard_id}
            >
              <td>
                <Link to={`/skj/${row.standard_id}`}>{row.position_name}</Link>
              </td>
              <td>{row.competency_name}</td>
              <td>{t(`search.kinds.${row.kind}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
