import { useTranslation } from 'react-i18next';
import { Badge } from '../../../ui';

/** The match category ("Optimal", "Cukup Optimal", "Kurang Optimal"); its thresholds are in the title. */
export function CategoryBadge({ category }: { category: string }) {
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
      title={t('talent.match.categoryNote')}
    >
      {category}
    </Badge>
  );
}
