import { useTranslation } from 'react-i18next';
import { Badge } from '../../../ui';

/** The match category ("Optimal", "Cukup Optimal", "Kurang Optimal"), marked when its thresholds are unverified. */
export function CategoryBadge({ category, verified }: { category: string; verified: boolean }) {
  const { t } = useTranslation();
  const tone = /^kurang/i.test(category)
    ? 'category-low'
    : /^cukup/i.test(category)
      ? 'category-medium'
      : 'category-high';
  return (
    <Badge
      className={`category-badge ${tone}`}
      testId="category-badge"
      data-category={category}
      title={verified ? undefined : t('talent.match.categoryNote')}
    >
      {category}
      {!verified && <span aria-hidden="true">*</span>}
    </Badge>
  );
}
