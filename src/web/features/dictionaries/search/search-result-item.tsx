import { useTranslation } from 'react-i18next';
import { CompetencyKindBadge } from '../../../shared/competency-kind-badge';
import { SearchSnippet } from '../../../shared/search-snippet';
import { Badge, Meter } from '../../../ui';
import type { SearchResult } from '../api';

/** One search hit: name, code, kind, dictionary, owner, relevance bar and highlighted snippet. */
export function SearchResultItem({ result }: { result: SearchResult }) {
  const { t } = useTranslation();
  const percent = Math.round(Math.max(0, Math.min(1, result.score)) * 100);
  return (
    <li className="search-result" data-testid="search-result" data-code={result.code}>
      <div className="search-result-head">
        <h2 className="search-result-name">{result.name}</h2>
        <Badge tone="code">{result.code}</Badge>
        <CompetencyKindBadge kind={result.kind} />
      </div>
      <p className="search-result-meta muted small">
        {result.dictionaryName} · {result.agency?.name ?? t('header.national')}
        {result.governmentAffair && <> · {result.governmentAffair}</>}
      </p>
      <SearchSnippet html={result.snippet} testId="search-snippet" />
      <Meter as="div" percent={percent} title={t('search.score', { percent })}>
        <span className="muted small">{t('search.score', { percent })}</span>
      </Meter>
    </li>
  );
}
