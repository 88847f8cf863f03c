import '../talent.css';
import '../talent-management.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { useJobLevelName } from '../../../shared/use-job-level-name';
import { Badge, ButtonLink, DataTable, ErrorAlert, LoadState, PageHeader } from '../../../ui';
import { useCapabilities } from '../../account/current-user';
import { type Candidate, type CandidateScope, getCandidates } from '../api';
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
  const capabilities = useCapabilities();
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
    <div className="page">
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
            <>
              <ButtonLink to={`/skj/${position.standardId}`}>{t('talent.match.openStandard')}</ButtonLink>
              {capabilities.readSuccession && (
                <ButtonLink
                  variant="secondary"
                  to={`/talenta/suksesi/${position.id}${search}`}
                  data-testid="open-succession"
                >
                  {t('talent.succession.openPlan')}
                </ButtonLink>
              )}
            </>
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
          <DataTable
            testId="candidates-table"
            className="candidates-table"
            columns={[
              { label: t('talent.candidates.rank'), numeric: true },
              t('talent.columns.name'),
              scope === 'national' && t('talent.candidates.agency'),
              t('talent.candidates.current'),
              t('talent.candidates.match'),
              t('talent.candidates.meets'),
            ]}
            rows={data.items}
            rowKey={(item) => item.nip}
            renderRow={(item) => (
              <CandidateRow item={item} positionId={data.position.id} national={scope === 'national'} />
            )}
            empty={t('talent.candidates.empty')}
            emptyTestId="candidates-empty"
          />
          <p className="muted small" data-testid="candidates-method">
            {t(`talent.jpm.method.${data.method}`)}{' '}
            {t('talent.jpm.positionFillingSet', {
              set: data.categories.map((c) => `${c.name} ≥ ${c.minPercent}%`).join(', '),
            })}
          </p>
        </>
      )}
    </div>
  );
}

/** One ranked civil servant: match percent and category, and the three requirement checks. */
function CandidateRow({
  item,
  positionId,
  national,
}: {
  item: Candidate;
  positionId: string;
  national: boolean;
}) {
  const { t } = useTranslation();
  return (
    <tr data-testid="candidate-row" data-nip={item.nip} data-rank={item.rank}>
      <td className="num">{item.rank}</td>
      <td>
        <Link to={`/pegawai/${item.nip}?jabatan=${positionId}`}>{item.name}</Link>
        <br />
        <code className="small nowrap">{formatNip(item.nip)}</code>
      </td>
      {national && <td>{item.agencyName}</td>}
      <td>
        {item.currentPosition ?? t('talent.identity.noPosition')}
        <br />
        <span className="muted small">
          {item.performanceLabel ?? t('talent.performance.none')} ·{' '}
          {t('talent.candidates.years', { count: item.yearsOfService })}
        </span>
      </td>
      <td>
        <PercentBar percent={item.percent} />
        <span className="small">
          <CategoryBadge category={item.category} code={item.categoryCode} />{' '}
          <span className="muted">
            {t('talent.candidates.assessedOf', {
              assessed: item.assessedCompetencies,
              required: item.requiredCompetencies,
            })}
          </span>
        </span>
      </td>
      <td>
        {item.successorReadiness && (
          <Badge tone="info" testId="candidate-successor">
            {t(`talent.succession.readiness.${item.successorReadiness}`)}
          </Badge>
        )}
        <ul className="requirement-checks">
          <li>
            <RequirementCheck value={item.checks.education} label={t('talent.candidates.education')} />
          </li>
          <li>
            <RequirementCheck value={item.checks.rank} label={t('talent.candidates.rankCheck')} />
          </li>
          <li>
            <RequirementCheck value={item.checks.experience} label={t('talent.candidates.experience')} />
          </li>
        </ul>
        <Badge tone={item.meetsRequirements ? 'success' : 'warning'} testId="candidate-meets">
          {item.meetsRequirements ? t('talent.candidates.meetsYes') : t('talent.candidates.meetsNo')}
        </Badge>
      </td>
    </tr>
  );
}
