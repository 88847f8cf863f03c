import '../dictionaries.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AffairSelect } from '../../../shared/affair-select';
import { useApi } from '../../../shared/use-api';
import { useDebouncedValue } from '../../../shared/use-debounced-value';
import { Card, Field, LoadState } from '../../../ui';
import { type CompetencyKind, searchCompetencies } from '../api';
import { SearchResultItem } from './search-result-item';

const kindsBySlug: Record<string, CompetencyKind> = {
  manajerial: 'managerial',
  'sosial-kultural': 'socioCultural',
  teknis: 'technical',
};
const slugs = Object.keys(kindsBySlug);
const minLength = 2;

/** `/cari?q=…&jenis=…&urusan=…`: search every competency the user may see. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const urlQuery = params.get('q') ?? '';
  const slug = params.get('jenis') ?? '';
  const kind = kindsBySlug[slug];
  const affair = params.get('urusan') ?? '';
  const [text, setText] = useState(urlQuery);
  const debounced = useDebouncedValue(text, 250);

  // Typing settles into the URL (replace: one history entry per search, not per keystroke). The
  // refs keep this effect tied to the typed text only: `setParams` changes with every URL change,
  // and re-running then would undo a back/forward navigation.
  const setParamsRef = useRef(setParams);
  setParamsRef.current = setParams;
  const urlQueryRef = useRef(urlQuery);
  urlQueryRef.current = urlQuery;
  useEffect(() => {
    const q = debounced.trim();
    if (q === urlQueryRef.current) return;
    setParamsRef.current(
      (current) => {
        const next = new URLSearchParams(current);
        if (q) next.set('q', q);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debounced]);

  // Back/forward: the box follows the URL.
  useEffect(() => {
    setText((current) => (current.trim() === urlQuery ? current : urlQuery));
  }, [urlQuery]);

  const setFilter = (name: 'jenis' | 'urusan', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const ready = urlQuery.length >= minLength;
  const results = useApi(ready ? `search:${urlQuery}:${kind ?? ''}:${affair}` : null, () =>
    searchCompetencies({
      q: urlQuery,
      limit: 30,
      ...(kind ? { kind } : {}),
      ...(affair ? { affair } : {}),
    }),
  );

  return (
    <div className="page">
      <h1>{t('search.title')}</h1>
      <Card as="search">
        <form className="search-form" onSubmit={(event) => event.preventDefault()}>
          <Field label={t('search.label')}>
            <input
              type="search"
              name="q"
              data-testid="search-input"
              value={text}
              placeholder={t('search.placeholder')}
              autoComplete="off"
              onChange={(event) => setText(event.target.value)}
            />
          </Field>
          <div className="form-grid">
            <Field label={t('search.kind')}>
              <select
                name="jenis"
                data-testid="search-kind"
                value={kind ? slug : ''}
                onChange={(event) => setFilter('jenis', event.target.value)}
              >
                <option value="">{t('search.allKinds')}</option>
                {slugs.map((value) => (
                  <option key={value} value={value}>
                    {t(`search.kinds.${kindsBySlug[value]}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('search.affair')} className="span-2">
              <AffairSelect
                name="urusan"
                testId="search-affair"
                value={affair}
                emptyLabel={t('search.allAffairs')}
                onChange={(value) => setFilter('urusan', value)}
              />
            </Field>
          </div>
        </form>
      </Card>
      <section aria-live="polite" aria-label={t('search.resultsLabel')}>
        {!ready ? (
          <p className="muted">{t('search.minLength', { count: minLength })}</p>
        ) : (
          <>
            <LoadState
              loading={results.loading && !results.data}
              error={results.error}
              onRetry={results.reload}
            />
            {results.data &&
              (results.data.items.length === 0 ? (
                <Card as="p" className="muted" data-testid="search-empty">
                  {t('search.noResults')}
                </Card>
              ) : (
                <>
                  <p className="muted small">{t('search.count', { count: results.data.items.length })}</p>
                  <ol className="search-results">
                    {results.data.items.map((result) => (
                      <SearchResultItem key={result.id} result={result} />
                    ))}
                  </ol>
                </>
              ))}
          </>
        )}
      </section>
    </div>
  );
}
