import './inbox.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate, useFormatDay } from '../../shared/format';
import { StandardStatusBadge } from '../standards/standard-status-badge';
import type { StandardTask } from './api';

/** Today as YYYY-MM-DD in the browser's zone, to mark a due date that has passed. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Standards waiting for the reader, one line each: position, level, status, waiting or due, return reason. */
export function StandardTaskList({
  items,
  showAgency,
  empty,
  testId,
}: {
  items: StandardTask[];
  showAgency?: boolean;
  empty: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatDate = useFormatDate();
  const now = today();
  if (items.length === 0) {
    return (
      <p className="muted" data-testid={`${testId}-empty`}>
        {empty}
      </p>
    );
  }
  return (
    <ul className="task-list" data-testid={testId}>
      {items.map((task) => (
        <li key={task.standardId} className="task" data-testid="task" data-standard-id={task.standardId}>
          <div className="task-main">
            <Link to={`/skj/${task.standardId}`} className="task-title" data-testid="task-open">
              {task.positionName}
            </Link>
            <span className="task-meta">
              {task.jobLevelName}
              {showAgency && <> · {task.agencyName}</>}
              {task.version > 1 && <> · {t('inbox.version', { version: task.version })}</>}
            </span>
          </div>
          <div className="task-side">
            <StandardStatusBadge status={task.status} testId="task-status" />
            {task.dueOn ? (
              <span
                className={task.dueOn < now ? 'task-due task-due-late' : 'task-due'}
                data-testid="task-due"
                title={task.draftingCampaignName ?? undefined}
              >
                {task.dueOn < now
                  ? t('inbox.overdueSince', { date: formatDay(task.dueOn) })
                  : t('inbox.dueOn', { date: formatDay(task.dueOn) })}
              </span>
            ) : (
              <span className="task-due" data-testid="task-waiting">
                {task.waitingDays === 0
                  ? t('inbox.waitingToday')
                  : t('inbox.waitingDays', { count: task.waitingDays })}
              </span>
            )}
          </div>
          {task.returned && (
            <p className="task-returned" data-testid="task-returned">
              <strong>
                {t('inbox.returnedBy', {
                  name: task.returned.byName ?? t('inbox.someone'),
                  date: formatDate(task.returned.at),
                })}
              </strong>{' '}
              <q>{task.returned.reason}</q>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
