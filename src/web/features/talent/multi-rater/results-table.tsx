import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../../shared/format';
import { DataTable } from '../../../ui';
import type { SubjectResults } from '../management-api';

type Results = Omit<SubjectResults, 'subject'>;

/**
 * 360° results per competency: the level the round produced, and the mean of each rater group.
 * A group under the policy's minimum (peers, subordinates) is hidden by the server and says so,
 * so one person's answers cannot be read off the table.
 */
export function ResultsTable({ results, label }: { results: Results; label: string }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const relations =
    results.items[0]?.groups.map((g) => ({ relation: g.relation, name: g.relationName })) ?? [];
  return (
    <>
      <DataTable
        testId="multi-rater-results"
        aria-label={label}
        className="multi-rater-results"
        columns={[
          t('talent.columns.competency'),
          { label: t('talent.columns.required'), numeric: true },
          { label: t('talent.multiRater.level'), numeric: true },
          ...relations.map((r) => ({ label: r.name, numeric: true })),
        ]}
        rows={results.items}
        rowKey={(item) => item.competencyKey}
        renderRow={(item) => (
          <tr data-testid="result-row" data-code={item.code} data-level={item.level ?? ''}>
            <td>
              <code className="small">{item.code}</code> {item.name}
            </td>
            <td className="num">{item.requiredLevel}</td>
            <td className="num">
              <strong>{item.level === null ? t('common.none') : formatNumber(item.level)}</strong>
            </td>
            {item.groups.map((group) => (
              <td
                key={group.relation}
                className="num"
                data-testid="result-group"
                data-relation={group.relation}
                data-shown={group.shown}
              >
                {group.shown ? (
                  group.mean === null ? (
                    t('common.none')
                  ) : (
                    formatNumber(group.mean)
                  )
                ) : (
                  <span className="muted small">{t('talent.multiRater.hidden')}</span>
                )}
              </td>
            ))}
          </tr>
        )}
      />
      <p className="muted small" data-testid="anonymity-note">
        {t('talent.multiRater.anonymity', { count: results.minimumGroupSize })}{' '}
        {t('talent.multiRater.answered', { submitted: results.submitted, raters: results.raters })}
      </p>
    </>
  );
}
