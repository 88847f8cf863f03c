import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../features/dictionaries/api';
import { Alert } from '../ui';
import { ApiError } from './api/request';

function isProblem(value: unknown): value is ImportProblem {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.message === 'string' && typeof record.row === 'number';
}

/** The row report of a rejected import (`IMPORT_REJECTED`), or null for any other error. */
export function importProblems(error: unknown): ImportProblem[] | null {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_REJECTED') return null;
  const problems = error.details?.problems;
  return Array.isArray(problems) ? problems.filter(isProblem) : null;
}

/** "Nothing was saved because N rows have problems", then one table row per problem. */
export function ImportReport({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  const rows = new Set(problems.map((problem) => `${problem.sheet}\u0000${problem.row}`)).size;
  return (
    <div className="import-report" data-testid="import-report">
      <Alert tone="error" className="import-report-text" role="alert">
        {t('import.rejected', { count: rows })}
      </Alert>
      <p className="muted small import-report-text">{t('import.rejectedHint')}</p>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('import.columns.sheet')}</th>
              <th scope="col" className="num">
                {t('import.columns.row')}
              </th>
              <th scope="col">{t('import.columns.column')}</th>
              <th scope="col">{t('import.columns.message')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, position) => (
              <tr
                // Two problems may share sheet, row, column and code; their order is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: static report, never reordered
                key={position}
                data-testid="import-problem-row"
                data-row={problem.row}
              >
                <td>{problem.sheet}</td>
                <td className="num">{problem.row > 0 ? problem.row : t('common.none')}</td>
                <td>{problem.column ? <code>{problem.column}</code> : t('common.none')}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
