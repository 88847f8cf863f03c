import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../../shared/format';
import { Button, DataTable } from '../../../ui';
import type { JobEvaluation } from '../api';

/** Earlier evaluations of a position, newest first; each row opens its factor breakdown. */
export function JobEvaluationHistory({ items }: { items: JobEvaluation[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (items.length === 0) {
    return (
      <p className="muted" data-testid="evaluation-history-empty">
        {t('jobEvaluation.history.empty')}
      </p>
    );
  }
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <DataTable
      head={
        <tr>
          <th scope="col">{t('jobEvaluation.history.date')}</th>
          <th scope="col">{t('jobEvaluation.history.evaluator')}</th>
          <th scope="col" className="num">
            {t('jobEvaluation.history.value')}
          </th>
          <th scope="col" className="num">
            {t('jobEvaluation.history.grade')}
          </th>
          <th scope="col">{t('jobEvaluation.history.details')}</th>
        </tr>
      }
    >
      {items.map((item) => {
        const expanded = open.has(item.id);
        const detailsId = `evaluation-breakdown-${item.id}`;
        return (
          <Fragment key={item.id}>
            <tr data-testid="evaluation-history-row" data-evaluation-id={item.id}>
              <td className="nowrap">{formatDate(item.createdAt)}</td>
              <td>{item.evaluatedBy ?? t('common.none')}</td>
              <td className="num" data-testid="history-value">
                {item.jobValue}
              </td>
              <td className="num" data-testid="history-grade">
                {item.jobGrade}
              </td>
              <td>
                <Button
                  variant="link"
                  aria-expanded={expanded}
                  aria-controls={detailsId}
                  onClick={() => toggle(item.id)}
                >
                  {expanded ? t('jobEvaluation.history.hide') : t('jobEvaluation.history.show')}
                </Button>
              </td>
            </tr>
            <tr className="evaluation-breakdown" id={detailsId} hidden={!expanded}>
              <td colSpan={5}>
                {expanded && (
                  <table className="table" data-testid="evaluation-breakdown">
                    <thead>
                      <tr>
                        <th scope="col">{t('jobEvaluation.history.factor')}</th>
                        <th scope="col">{t('jobEvaluation.history.level')}</th>
                        <th scope="col" className="num">
                          {t('jobEvaluation.history.points')}
                        </th>
                        <th scope="col">{t('jobEvaluation.history.justification')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {item.breakdown.map((row) => (
                        <tr key={row.factor}>
                          <th scope="row">
                            {row.factor}. {row.name}
                          </th>
                          <td className="nowrap">{row.level}</td>
                          <td className="num">{row.points}</td>
                          <td>{item.justifications[row.factor] || t('common.none')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </td>
            </tr>
          </Fragment>
        );
      })}
    </DataTable>
  );
}
