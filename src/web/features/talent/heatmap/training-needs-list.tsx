import { useTranslation } from 'react-i18next';
import { Badge } from '../../../ui';
import type { GapHeatmap } from '../api';

/** Per competency with a shortfall: the suggested training and how many people need it, most first. */
export function TrainingNeedsList({ needs }: { needs: GapHeatmap['trainingNeeds'] }) {
  const { t } = useTranslation();
  if (needs.length === 0) {
    return (
      <p className="muted" data-testid="training-needs-empty">
        {t('talent.heatmap.noNeeds')}
      </p>
    );
  }
  return (
    <ol className="training-needs" data-testid="training-needs">
      {needs.map((need) => (
        <li key={`${need.kind}:${need.code}`} data-testid="training-need" data-code={need.code}>
          <span className="training-need-text">
            <code>{need.code}</code> {need.suggestion}
          </span>{' '}
          <Badge tone="info">{t('talent.heatmap.people', { count: need.people })}</Badge>
        </li>
      ))}
    </ol>
  );
}
