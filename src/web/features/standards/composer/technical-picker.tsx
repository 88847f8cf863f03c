import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchSnippet } from '../../../shared/search-snippet';
import { useApi } from '../../../shared/use-api';
import { useDebouncedValue } from '../../../shared/use-debounced-value';
import { ErrorAlert, Field, Loading } from '../../../ui';
import { type SearchResult, searchCompetencies } from '../../dictionaries/api';

/** Search box over technical competencies; choosing a result hands it to `onPick`. */
export function TechnicalPicker({
  excludeIds,
  onPick,
}: {
  excludeIds: ReadonlySet<string>;
  onPick: (result: SearchResult) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query.trim(), 300);
  const search = useApi(debounced.length >= 2 ? `technical-search:${debounced}` : null, () =>
    searchCompetencies({ q: debounced, kind: 'technical', limit: 10 }),
  );
  const results = (search.data?.items ?? []).filter((result) => !excludeIds.has(result.id));

  return (
    <div className="technical-picker">
      <Field label={t('standards.picker.label')}>
        <input
          type="search"
          data-testid="technical-search"
          value={query}
          placeholder={t('standards.picker.placeholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </Field>
      {search.loading && <Loading />}
      <ErrorAlert error={search.error} />
      {search.data && results.length === 0 && <p className="muted small">{t('standards.picker.none')}</p>}
      {results.length > 0 && (
        <ul className="picker-results">
          {results.map((result) => (
            <li key={result.id}>
              <button
                type="button"
                className="picker-result"
                data-testid="technical-result"
                data-code={result.code}
                onClick={() => {
                  onPick(result);
                  setQuery('');
                }}
              >
                <strong>{result.name}</strong> <code>{result.code}</code>
                <span className="muted small"> · {result.dictionaryName}</span>
                <SearchSnippet as="span" className="small" html={result.snippet} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
