import '../job-descriptions.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { Button } from '../../../ui';
import { getJobDescription } from '../api';

/**
 * The position's job description beside the technical competency picker: its task details (what
 * the competencies must cover) and its summary, offered as the standard's summary.
 */
export function JobDescriptionHints({
  positionId,
  currentSummary,
  canEdit,
  pending,
  onUseSummary,
}: {
  positionId: string;
  currentSummary: string | null;
  canEdit: boolean;
  /** The summary was taken over and waits for the standard's save. */
  pending: boolean;
  onUseSummary: (summary: string) => void;
}) {
  const { t } = useTranslation();
  const data = useApi(`job-description:${positionId}`, () => getJobDescription(positionId));
  const detail = data.data;
  if (!detail) return null;
  const saved = detail.jobDescription !== null;
  const summary = detail.content.summary.trim();
  return (
    <aside className="jd-hints" aria-labelledby="jd-hints-title" data-testid="jd-hints">
      <h3 id="jd-hints-title">{t('jobDescription.standardHints.title')}</h3>
      {!saved ? (
        <p className="muted small">{t('jobDescription.standardHints.none')}</p>
      ) : (
        <>
          <h4>{t('jobDescription.standardHints.tasks')}</h4>
          {detail.content.tasks.length === 0 ? (
            <p className="muted small">{t('jobDescription.tasks.empty')}</p>
          ) : (
            <ol className="jd-hints-tasks" data-testid="jd-hints-tasks">
              {detail.content.tasks.map((task, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: tasks have no identity but their place
                <li key={k}>
                  {task.task} <span className="muted small">→ {task.output}</span>
                </li>
              ))}
            </ol>
          )}
          <h4>{t('jobDescription.standardHints.summary')}</h4>
          <p className="small" data-testid="jd-hints-summary">
            {summary || t('common.none')}
          </p>
          {canEdit && summary && summary !== (currentSummary ?? '').trim() && (
            <Button size="small" data-testid="jd-use-summary" onClick={() => onUseSummary(summary)}>
              {t('jobDescription.standardHints.use')}
            </Button>
          )}
          {summary && summary === (currentSummary ?? '').trim() && (
            <p className="muted small" data-testid="jd-summary-used">
              {pending ? t('jobDescription.standardHints.pending') : t('jobDescription.standardHints.same')}
            </p>
          )}
        </>
      )}
      <Link className="small" to={`/peta-jabatan/uraian/${positionId}`}>
        {t('jobDescription.standardHints.open')}
      </Link>
    </aside>
  );
}
