import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../../shared/format';
import type { StandardTransition } from '../api';

/** The workflow history of one version, oldest first: who did what, when, and why. */
export function StandardTransitions({ transitions }: { transitions: StandardTransition[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  if (transitions.length === 0) {
    return <p className="muted small">{t('standards.workflow.noHistory')}</p>;
  }
  return (
    <ol className="timeline" data-testid="standard-transitions" aria-label={t('standards.workflow.history')}>
      {transitions.map((transition) => (
        <li
          key={`${transition.at}:${transition.action}`}
          className={`timeline-item timeline-${transition.action}`}
          data-testid="standard-transition"
          data-action={transition.action}
        >
          <span className="timeline-title">{t(`standards.workflow.done.${transition.action}`)}</span>
          <span className="muted small" data-testid="transition-actor">
            {t('standards.workflow.byAt', {
              name: transition.actorName ?? t('common.none'),
              role: transition.actorRole ? t(`roles.${transition.actorRole}`) : t('common.none'),
              date: formatDate(transition.at),
            })}
          </span>
          {transition.comment && (
            <q className="timeline-comment" data-testid="transition-comment">
              {transition.comment}
            </q>
          )}
        </li>
      ))}
    </ol>
  );
}
