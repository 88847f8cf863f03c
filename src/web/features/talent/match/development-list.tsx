import { useTranslation } from 'react-i18next';
import { Alert, Badge } from '../../../ui';
import type { DevelopmentSuggestion } from '../api';

/** Suggested development per gap, highest priority first (the server's order). */
export function DevelopmentList({ items }: { items: DevelopmentSuggestion[] }) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <Alert tone="success" data-testid="development-none">
        {t('talent.development.none')}
      </Alert>
    );
  }
  return (
    <ol className="development-list" data-testid="development-list">
      {items.map((item) => (
        <li
          key={item.competencyId}
          className={`development-item priority-${item.priority}`}
          data-testid="development-item"
          data-priority={item.priority}
        >
          <Badge className={`priority-badge priority-badge-${item.priority}`}>
            {t(`talent.priority.${item.priority}`)}
          </Badge>
          <span className="development-text">{item.text}</span>
          <span className="development-actions">
            {item.actions.map((action) => (
              <Badge tone="muted" key={action}>
                {t(`talent.actions.${action}`)}
              </Badge>
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}
