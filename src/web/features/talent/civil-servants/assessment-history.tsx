import { useTranslation } from 'react-i18next';
import { useFormatDay, useFormatNumber } from '../../../shared/format';
import { DataTable } from '../../../ui';
import type { AssessmentSession } from '../api';

/** Every assessment session, newest first, with its scores per competency. */
export function AssessmentHistory({ sessions }: { sessions: AssessmentSession[] }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatNumber = useFormatNumber();
  if (sessions.length === 0) {
    return (
      <p className="muted" data-testid="assessments-empty">
        {t('talent.history.empty')}
      </p>
    );
  }
  return (
    <div className="assessment-history" data-testid="assessment-history">
      {sessions.map((session, index) => (
        <details
          key={session.id}
          className="assessment-session"
          open={index === 0}
          data-testid="assessment-session"
        >
          <summary>
            <strong>{formatDay(session.assessedOn)}</strong>
            <span className="muted">
              {' · '}
              {session.assessor}
              {session.institution ? ` · ${session.institution}` : ''}
              {' · '}
              {t('talent.history.scores', { count: session.scores.length })}
            </span>
          </summary>
          <DataTable
            columns={[
              t('talent.columns.code'),
              t('talent.columns.competency'),
              t('talent.columns.kind'),
              { label: t('talent.columns.level'), numeric: true },
            ]}
            rows={session.scores}
            rowKey={(score) => `${score.kind}:${score.code}`}
            renderRow={(score) => (
              <tr>
                <td>
                  <code>{score.code}</code>
                </td>
                <td>{score.name ?? t('common.none')}</td>
                <td>{t(`talent.kinds.${score.kind}`)}</td>
                <td className="num">{formatNumber(score.level)}</td>
              </tr>
            )}
          />
        </details>
      ))}
    </div>
  );
}
