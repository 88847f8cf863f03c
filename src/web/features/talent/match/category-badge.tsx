import { Badge } from '../../../ui';

/**
 * A JPM category of either set: mapping (Optimal, Cukup Optimal, Kurang Optimal) or position
 * filling (Memenuhi Syarat, Masih Memenuhi Syarat, Kurang Memenuhi Syarat). The tone follows the
 * category's rank in its set, read from its code or name.
 */
export function CategoryBadge({ category, code }: { category: string; code?: string | null }) {
  const key = `${code ?? ''} ${category}`.toLowerCase();
  const tone = /kurang|low|below/.test(key)
    ? 'category-low'
    : /cukup|masih|medium|still/.test(key)
      ? 'category-medium'
      : 'category-high';
  return (
    <Badge className={`category-badge ${tone}`} testId="category-badge" data-category={category}>
      {category}
    </Badge>
  );
}
