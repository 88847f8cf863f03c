import { useTranslation } from 'react-i18next';
import { CompetencyKindBadge } from '../../../shared/competency-kind-badge';
import { Badge } from '../../../ui';
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
      <p
        className="search-snippet"
        data-testid="search-snippet"
        // Safe: the server HTML-escapes the whole snippet and only then inserts <mark>…</mark>
        // around matches (src/services/search-competencies.ts, renderSnippet), so it can carry no
        // markup of its own.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: server-escaped snippet, only <mark> tags
        dangerouslySetInnerHTML={{ __html: result.snippet }}
      />
      <div className="score" title={t('search.score', { percent })}>
        <span className="score-bar" aria-hidden="true">
          <span className="score-fill" style={{ width: `${percent}%` }} />
        </span>
        <span className="muted small">{t('search.score', { percent })}</span>
      </div>
    </li>
  );
}
