import './import-report.css';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { importProblem } from '../../api/imports/schema';
import { Alert, DataTable } from '../ui';
import { ApiError } from './api/request';

/** One problem of a rejected import, as the server reports it. */
export type ImportProblem = z.infer<typeof importProblem>;

export interface RejectedImport {
  problems: ImportProblem[];
  /** How many problems the server found; it sends at most the first 1,000. */
  total: number;
}

function isProblem(value: unknown): value is ImportProblem {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.message === 'string' && typeof record.row === 'number';
}

/** The row report of a rejected import (`IMPORT_REJECTED`), or null for any other error. */
export function rejectedImport(error: unknown): RejectedImport | null {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_REJECTED') return null;
  const list = error.details?.problems;
  if (!Array.isArray(list)) return null;
  const problems = list.filter(isProblem);
  const total = typeof error.details?.total === 'number' ? error.details.total : problems.length;
  return { problems, total };
}

/**
 * "Nothing was saved because N rows have problems", what to do, then one table row per problem:
 * sheet (workbooks of several sheets), row, column and the server's message. `texts` picks the
 * wording: `import` speaks of the Excel file, `talent.import` of any file (CSV too).
 */
export function ImportReport({
  report,
  withSheet = false,
  texts = 'import',
  testId = 'import-report',
  rowTestId = 'import-problem-row',
}: {
  report: RejectedImport;
  withSheet?: boolean;
  texts?: 'import' | 'talent.import';
  testId?: string;
  rowTestId?: string;
}) {
  const { t } = useTranslation();
  const { problems, total } = report;
  const rows = new Set(problems.map((problem) => `${problem.sheet ?? ''}\u0000${problem.row}`)).size;
  const columns = [
    ...(withSheet ? [t('import.columns.sheet')] : []),
    { label: t('import.columns.row'), numeric: true },
    t('import.columns.column'),
    t('import.columns.message'),
  ];
  return (
    <div className="import-report" data-testid={testId}>
      <Alert tone="error" className="import-report-text" role="alert">
        {t(`${texts}.rejected`, { count: rows })}
      </Alert>
      <p className="muted small import-report-text">
        {total > problems.length
          ? t(`${texts}.rejectedSome`, { shown: problems.length, total })
          : t(`${texts}.rejectedHint`)}
      </p>
      <DataTable
        columns={columns}
        rows={problems}
        // Two problems may share sheet, row, column and code; their order is their identity.
        rowKey={(_problem, position) => String(position)}
        renderRow={(problem) => (
          <tr data-testid={rowTestId} data-row={problem.row} data-code={problem.code}>
            {withSheet && <td>{problem.sheet}</td>}
            <td className="num">{problem.row > 0 ? problem.row : t('common.none')}</td>
            <td>{problem.column ? <code>{problem.column}</code> : t('common.none')}</td>
            <td>{problem.message}</td>
          </tr>
        )}
      />
    </div>
  );
}
