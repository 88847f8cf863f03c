import '../dictionaries.css';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { type DictionaryKind, getDictionary, getProficiencyLevels } from '../../../shared/api/reference';
import { useApi } from '../../../shared/use-api';
import { Alert, Card, LoadState, TabLink, TabNav } from '../../../ui';
import { CompetencyDetail } from './competency-detail';

const kindsBySlug: Record<string, DictionaryKind> = {
  manajerial: 'managerial',
  'sosial-kultural': 'socio-cultural',
};

/** `/kamus` and `/kamus/:kind`: browse the official competency dictionaries. */
export function DictionaryPage() {
  const { t } = useTranslation();
  const { kind: slug = 'manajerial' } = useParams();
  const kind = kindsBySlug[slug] ?? null;
  const [searchParams, setSearchParams] = useSearchParams();
  const dictionary = useApi(kind, () => getDictionary(kind ?? 'managerial'));
  const proficiency = useApi('proficiency-levels', getProficiencyLevels);

  const items = dictionary.data?.items ?? [];
  const selected = items.find((item) => item.code === searchParams.get('kode')) ?? items[0];
  const requestedLevel = Number(searchParams.get('level'));
  const level = Number.isInteger(requestedLevel) && requestedLevel >= 1 ? requestedLevel : 1;

  const select = (code: string, nextLevel: number) =>
    setSearchParams({ kode: code, level: String(nextLevel) }, { replace: true });

  return (
    <div className="page">
      <h1>{t('dictionary.title')}</h1>
      <TabNav label={t('dictionary.tabsLabel')}>
        {/* "/kamus" alone shows the managerial dictionary: its tab is the current one there too. */}
        <TabLink to="/kamus/manajerial" active={slug === 'manajerial'} data-testid="dictionary-tab">
          {t('dictionary.managerial')}
        </TabLink>
        <TabLink to="/kamus/sosial-kultural" data-testid="dictionary-tab">
          {t('dictionary.socioCultural')}
        </TabLink>
      </TabNav>

      {kind === null ? (
        <Alert tone="error" as="div" role="alert">
          {t('dictionary.unknownKind')}
        </Alert>
      ) : (
        <>
          <LoadState
            loading={dictionary.loading && !dictionary.data}
            error={dictionary.error}
            onRetry={dictionary.reload}
          />
          {dictionary.data && (
            <div className="dictionary-layout">
              <Card as="aside" className="competency-list-card">
                <h2 className="card-title">{dictionary.data.name}</h2>
                <ul className="competency-list" aria-label={t('dictionary.listLabel')}>
                  {items.map((item) => (
                    <li key={item.code} data-testid="competency-item" data-code={item.code}>
                      <button
                        type="button"
                        className={item === selected ? 'competency-button active' : 'competency-button'}
                        aria-current={item === selected ? 'true' : undefined}
                        onClick={() => select(item.code, level)}
                      >
                        <span className="competency-code">{item.code}</span>
                        <span className="competency-name">{item.name}</span>
                      </button>
                    </li>
                  ))}
                </ul>
                <p className="muted small source">
                  <strong>{t('dictionary.source')}:</strong> {dictionary.data.source}
                </p>
              </Card>
              {selected ? (
                <CompetencyDetail
                  competency={selected}
                  level={level}
                  onLevelChange={(next) => select(selected.code, next)}
                  proficiencyLevels={proficiency.data?.items ?? []}
                />
              ) : (
                <Card as="p" className="muted">
                  {t('dictionary.selectPrompt')}
                </Card>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
