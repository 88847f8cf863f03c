import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui';
import type { ProgressState } from './api';

/** A position's progress ("belum disusun" … "ditetapkan") in its state colour. */
export function ProgressStateBadge({ state }: { state: ProgressState }) {
  const { t } = useTranslation();
  return <Badge className={`state-badge state-${state}`}>{t(`draftingCampaigns.states.${state}`)}</Badge>;
}
