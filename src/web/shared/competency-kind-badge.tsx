import './competency-kind-badge.css';
import { useTranslation } from 'react-i18next';
import type { CompetencyKind } from '../features/dictionaries/api';
import { Badge } from '../ui';

/** "Manajerial" / "Sosial Kultural" / "Teknis" in the kind's own colour. */
export function CompetencyKindBadge({ kind }: { kind: CompetencyKind }) {
  const { t } = useTranslation();
  return <Badge className={`competency-kind-${kind}`}>{t(`search.kinds.${kind}`)}</Badge>;
}
