import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../../shared/format';
import { Card } from '../../../ui';
import type { VersionEvent } from '../api';

/** The workflow history of a version, oldest first. */
export function VersionEvents({ events }: { events: VersionEvent[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Card title={t('technical.events.title')} titleId="events-title">
      {events.length === 0 ? (
        <p className="muted">{t('technical.events.empty')}</p>
      ) : (
        <ol className="timeline" data-testid="version-events">
          {events.map((event) => (
            <li
              key={`${event.at}:${event.action}`}
              className={`timeline-item timeline-${event.action}`}
              data-testid="version-event"
              data-action={event.action}
            >
              <span className="timeline-title">
                {t(`technical.events.actions.${event.action}`, { defaultValue: event.action })}
              </span>
              <span className="muted small">
                {t('technical.events.byAt', {
                  name: event.actorName ?? t('common.none'),
                  date: formatDate(event.at),
                })}
              </span>
              {event.comment && <q className="timeline-comment">{event.comment}</q>}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
