import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/request';
import { Alert } from '../../../ui';
import type { TalentImportProblem } from '../api';

function isProblem(value: unknown): value is TalentImportProblem {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.message === 'string' && typeof record.row === 'number';
}

/** The row report of a rejected civil-servant or assessment import, or null for any other error. */
export function talentImportProblems(
  error: unknown,
): { problems: TalentImportProblem[]; total: number } | null {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_REJECTED') return null;
  const list = error.details?.problems;
  if (!Array.isArray(list)) return null;
  const problems = list.filter(isProblem);
  const total = typeof error.details?.total === 'number' ? error.details.total : problems.length;
  return { problems, total };
}

/** "Nothing was saved", then one row per problem: row number, column and the server's message. */
export function TalentImportReport({ problems, total }: { problems: TalentImportProblem[]; total: number }) {
  const { t } = useTranslation();
  const rows = new Set(problems.map((problem) => problem.row)).size;
  return (
    <div className="import-report" data-testid="talent-import-report">
      <Alert tone="error" className="import-report-text" role="alert">
        {t('talent.import.rejected', { count: rows })}
      </Alert>
      <p className="muted small import-report-text">
        {total > problems.length
          ? t('talent.import.rejectedSome', { shown: problems.length, total })
          : t('talent.import.rejectedHint')}
      </p>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('talent.import.row')}
              </th>
              <th scope="col">{t('talent.import.column')}</th>
              <th scope="col">{t('talent.import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, position) => (
              <tr
                // Two problems may share row, column and code; their order is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: static report, never reordered
                key={position}
                data-testid="talent-import-problem"
                data-row={problem.row}
                data-code={problem.code}
              >
                <td className="num">{problem.row}</td>
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
