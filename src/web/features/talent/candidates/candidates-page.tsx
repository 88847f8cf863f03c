import '../talent.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { useJobLevelName } from '../../../shared/use-job-level-name';
import { ButtonLink, ErrorAlert, LoadState, PageHeader } from '../../../ui';
import { type CandidateScope, getCandidates } from '../api';
import { formatNip } from '../civil-servants/civil-servant-identity';
import { CategoryBadge } from '../match/category-badge';
import { PercentBar } from './percent-bar';
import { RequirementCheck } from './requirement-check';

const scopes: readonly CandidateScope[] = ['agency', 'national'];

/**
 * `/kandidat/:positionId`: civil servants ranked by their match against the position's ratified
 * standard, with the requirement checks; the agency's own (default) or nationally (`?lingkup=nasional`).
 */
export function CandidatesPage() {
  const { t } = useTranslation();
  const { positionId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const scope: CandidateScope = searchParams.get('lingkup') === 'nasional' ? 'national' : 'agency';
  const jobLevelName = useJobLevelName();
  const ranking = useApi(`candidates:${positionId}:${scope}`, () => getCandidates(positionId, scope));
  const agencyRanking = useApi(scope === 'national' ? `candidates:${positionId}:agency` : null, () =>
    getCandidates(positionId, 'agency', 1),
  );
  const instansi = searchParams.get('instansi');
  const search = instansi ? `?instansi=${encodeURIComponent(instansi)}` : '';
  const data = ranking.data;
  const position = data?.position ?? agencyRanking.data?.position;

  const chooseScope = (value: CandidateScope) => {
    const next = new URLSearchParams(searchParams);
    if (value === 'national') next.set('lingkup', 'nasional');
    else next.delete('lingkup');
    setSearchParams(next, { replace: true });
  };

  return (
    <div className="page talent-page">
      <nav className="breadcrumb" aria-label={t('talent.breadcrumb')}>
        <Link to={`/pegawai${search}`}>{t('talent.list.title')}</Link>
        <span aria-hidden="true"> › </span>
        <span>{t('talent.candidates.title')}</span>
      </nav>
      <PageHeader
        title={t('talent.candidates.title')}
        subtitle={
          position
            ? t('talent.candidates.for', { name: position.name, level: jobLevelName(position.jobLevel) })
            : t('talent.candidates.intro')
        }
        subtitleTestId="candidates-position"
        actions={
          position && (
            <ButtonLink to={`/skj/${position.standardId}`}>{t('talent.match.openStandard')}</ButtonLink>
          )
        }
      />
      <fieldset className="scope-switch" data-testid="candidate-scope">
        <legend className="field-label">{t('talent.candidates.scope')}</legend>
        {scopes.map((value) => (
          <label key={value} className={`scope-option ${scope === value ? 'active' : ''}`}>
            <input
              type="radio"
              name="scope"
              value={value}
              checked={scope === value}
              data-testid={`scope-${value}`}
              onChange={() => chooseScope(value)}
            />
            {t(`talent.candidates.scopes.${value}`)}
          </label>
        ))}
      </fieldset>
      {ranking.error ? (
        <div data-testid="candidates-error">
          <ErrorAlert error={ranking.error} />
        </div>
      ) : (
        <LoadState loading={ranking.loading && !data} error={null} />
      )}
      {data && (
        <>
          <p className="muted small" data-testid="candidate-requirements">
            {t('talent.candidates.requirements', {
              education: data.requirements.educationLevels.join(', ') || t('common.none'),
              rank: data.requirements.minRank ?? t('common.none'),
              years:
                data.requirements.minYears === null
                  ? t('common.none')
                  : t('talent.candidates.years', { count: data.requirements.minYears }),
            })}
          </p>
          {data.items.length === 0 ? (
            <p className="muted" data-testid="candidates-empty">
              {t('talent.candidates.empty')}
            </p>
          ) : (
            <div className="table-wrap">
              <table className="table candidates-table" data-testid="candidates-table">
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('talent.candidates.rank')}
                    </th>
                    <th scope="col">{t('talent.columns.name')}</th>
                    {scope === 'national' && <th scope="col">{t('talent.candidates.agency')}</th>}
                    <th scope="col">{t('talent.candidates.current')}</th>
                    <th scope="col">{t('talent.candidates.match')}</th>
                    <th scope="col">{t('talent.candidates.meets')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.nip} data-testid="candidate-row" data-nip={item.nip} data-rank={item.rank}>
                      <td className="num">{item.rank}</td>
                      <td>
                        <Link to={`/pegawai/${item.nip}?jabatan=${data.position.id}`}>{item.name}</Link>
                        <br />
                        <code className="small nowrap">{formatNip(item.nip)}</code>
                      </td>
                      {scope === 'national' && <td>{item.agencyName}</td>}
                      <td>
                        {item.currentPosition ?? t('talent.identity.noPosition')}
                        <br />
                        <span className="muted small">
                          {t(`talent.performance.${item.performance ?? 'none'}`)} ·{' '}
                          {t('talent.candidates.years', { count: item.yearsOfService })}
                        </span>
                      </td>
                      <td>
                        <PercentBar percent={item.percent} />
                        <span className="small">
                          <CategoryBadge category={item.category} verified={false} />{' '}
                          <span className="muted">
                            {t('talent.candidates.assessedOf', {
                              assessed: item.assessedCompetencies,
                              required: item.requiredCompetencies,
                            })}
                          </span>
                        </span>
                      </td>
                      <td>
                        <ul className="requirement-checks">
                          <li>
                            <RequirementCheck
                              value={item.checks.education}
                              label={t('talent.candidates.education')}
                            />
                          </li>
                          <li>
                            <RequirementCheck
                              value={item.checks.rank}
                              label={t('talent.candidates.rankCheck')}
                            />
                          </li>
                          <li>
                            <RequirementCheck
                              value={item.checks.experience}
                              label={t('talent.candidates.experience')}
                            />
                          </li>
                        </ul>
                        <span
                          className={`badge ${item.meetsRequirements ? 'badge-success' : 'badge-warning'}`}
                          data-testid="candidate-meets"
                        >
                          {item.meetsRequirements
                            ? t('talent.candidates.meetsYes')
                            : t('talent.candidates.meetsNo')}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="muted small">{t('talent.match.categoryNote')}</p>
        </>
      )}
    </div>
  );
}
