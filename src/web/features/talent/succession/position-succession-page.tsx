import '../talent.css';
import '../talent-management.css';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useFormatDay, useFormatPercent } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import { useJobLevelName } from '../../../shared/use-job-level-name';
import {
  Badge,
  Button,
  ButtonLink,
  Card,
  DataTable,
  ErrorAlert,
  Field,
  LoadState,
  PageHeader,
  useConfirm,
} from '../../../ui';
import { getCandidates } from '../api';
import {
  getPositionSuccession,
  markCritical,
  nominateSuccessor,
  type PositionSuccession,
  type Readiness,
  readinessOrder,
  removeSuccessor,
  updateSuccessor,
} from '../management-api';
import { RiskBadge } from './risk-badge';

/**
 * `/talenta/suksesi/:positionId`: the succession plan of one position: whether it is critical
 * (and why), its holders with their retirement dates, the bench and the risk, its successors with
 * readiness, development plan and live JPM; HR nominates from the candidate ranking.
 */
export function PositionSuccessionPage() {
  const { t } = useTranslation();
  const { positionId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const instansi = searchParams.get('instansi');
  const search = instansi ? `?instansi=${encodeURIComponent(instansi)}` : '';
  const formatDay = useFormatDay();
  const formatPercent = useFormatPercent();
  const jobLevelName = useJobLevelName();
  const loaded = useApi(`position-succession:${positionId}`, () => getPositionSuccession(positionId));
  const [plan, setPlan] = useState<PositionSuccession | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { confirm, dialog } = useConfirm();
  const data = plan?.position.id === positionId ? plan : loaded.data;
  const canPlan = data?.permissions.plan === true;

  async function act(action: () => Promise<PositionSuccession>) {
    setError(null);
    try {
      setPlan(await action());
    } catch (err) {
      setError(err);
    }
  }

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('talent.breadcrumb')}>
        <Link to={`/talenta/suksesi${search}`}>{t('talent.succession.title')}</Link>
        <span aria-hidden="true"> › </span>
        <span>{data?.position.name ?? ''}</span>
      </nav>
      <LoadState loading={loaded.loading && !data} error={loaded.error} onRetry={loaded.reload} />
      {dialog}
      {data && (
        <>
          <PageHeader
            title={data.position.name}
            titleTestId="succession-position-name"
            subtitle={t('talent.succession.positionSubtitle', {
              level: jobLevelName(data.position.jobLevel),
              age: data.pensionAge,
            })}
            actions={
              <ButtonLink variant="secondary" to={`/kandidat/${data.position.id}${search}`}>
                {t('talent.succession.candidates')}
              </ButtonLink>
            }
          >
            {data.critical ? (
              <Badge tone="warning" testId="position-critical">
                {t('talent.succession.critical')}
              </Badge>
            ) : (
              <Badge tone="muted" testId="position-not-critical">
                {t('talent.succession.notCritical')}
              </Badge>
            )}{' '}
            <RiskBadge level={data.risk.level} name={data.risk.levelName} />
          </PageHeader>
          {error !== null && <ErrorAlert error={error} />}
          <div className="talent-two-columns">
            <Card title={t('talent.succession.criticalTitle')} titleId="critical-title" compactTitle>
              {data.critical && (
                <p data-testid="critical-reason">{data.critical.reason || t('common.none')}</p>
              )}
              {canPlan && (
                <CriticalForm
                  critical={data.critical !== null}
                  reason={data.critical?.reason ?? ''}
                  onSave={(critical, reason) => act(() => markCritical(positionId, { critical, reason }))}
                />
              )}
              {data.risk.reasons.length > 0 && (
                <ul className="succession-reasons small" data-testid="risk-reasons">
                  {data.risk.reasons.map((r) => (
                    <li key={r.code}>{r.name}</li>
                  ))}
                </ul>
              )}
            </Card>
            <Card title={t('talent.succession.holdersTitle')} titleId="holders-title" compactTitle>
              <DataTable
                testId="succession-holders"
                aria-labelledby="holders-title"
                columns={[t('talent.columns.name'), t('talent.succession.retiresOn')]}
                rows={data.holders}
                rowKey={(h) => h.nip}
                renderRow={(h) => (
                  <tr data-testid="succession-holder">
                    <td>{h.name}</td>
                    <td className="nowrap">{formatDay(h.retiresOn)}</td>
                  </tr>
                )}
                empty={t('talent.succession.vacant')}
              />
              <p className="small" data-testid="position-bench">
                {t('talent.succession.benchCounts', {
                  now: data.bench.readyNow,
                  soon: data.bench.readyInOneToTwoYears,
                  later: data.bench.readyInThreeYearsOrMore,
                })}{' '}
                <span className="muted">({data.bench.levelName})</span>
              </p>
            </Card>
          </div>
          <Card title={t('talent.succession.successorsTitle')} titleId="successors-title" compactTitle>
            <DataTable
              testId="successors"
              aria-labelledby="successors-title"
              columns={[
                t('talent.columns.name'),
                t('talent.succession.readinessLabel'),
                t('talent.succession.jpm'),
                t('talent.succession.plan'),
                canPlan && { label: t('talent.multiRater.actions'), hidden: true },
              ]}
              rows={data.successors}
              rowKey={(s) => s.nip}
              renderRow={(s) => (
                <tr data-testid="successor" data-nip={s.nip} data-readiness={s.readiness}>
                  <td>
                    <Link to={`/pegawai/${s.nip}?jabatan=${positionId}`}>{s.name}</Link>
                    <br />
                    <span className="muted small">
                      {s.currentPosition ?? t('talent.identity.noPosition')}
                    </span>
                  </td>
                  <td>
                    {canPlan ? (
                      <select
                        aria-label={t('talent.succession.readinessOf', { name: s.name })}
                        value={s.readiness}
                        data-testid="successor-readiness"
                        onChange={(e) =>
                          void act(() =>
                            updateSuccessor(positionId, s.nip, { readiness: e.target.value as Readiness }),
                          )
                        }
                      >
                        {readinessOrder.map((r) => (
                          <option key={r} value={r}>
                            {t(`talent.succession.readiness.${r}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      s.readinessName
                    )}
                  </td>
                  <td className="nowrap">
                    {s.percent === null ? t('common.none') : formatPercent(s.percent)}
                    {s.category && (
                      <>
                        <br />
                        <span className="muted small">{s.category}</span>
                      </>
                    )}
                  </td>
                  <td className="succession-plan">{s.developmentPlan || t('common.none')}</td>
                  {canPlan && (
                    <td>
                      <Button
                        size="small"
                        variant="secondary"
                        data-testid="successor-remove"
                        aria-label={t('talent.succession.removeOf', { name: s.name })}
                        onClick={() =>
                          void (async () => {
                            if (
                              await confirm(
                                t('talent.succession.removeConfirm', { name: s.name }),
                                t('talent.succession.remove'),
                              )
                            )
                              await act(() => removeSuccessor(positionId, s.nip));
                          })()
                        }
                      >
                        {t('talent.succession.remove')}
                      </Button>
                    </td>
                  )}
                </tr>
              )}
              empty={t('talent.succession.noSuccessors')}
              emptyTestId="successors-empty"
            />
            {canPlan && (
              <NominateForm
                positionId={positionId}
                taken={new Set(data.successors.map((s) => s.nip))}
                onNominate={(nip, readiness, developmentPlan) =>
                  act(() => nominateSuccessor(positionId, { nip, readiness, developmentPlan }))
                }
              />
            )}
          </Card>
        </>
      )}
    </div>
  );
}

function CriticalForm({
  critical,
  reason,
  onSave,
}: {
  critical: boolean;
  reason: string;
  onSave: (critical: boolean, reason: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState({ critical, reason });
  useEffect(() => setValue({ critical, reason }), [critical, reason]);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await onSave(value.critical, value.reason.trim());
  }
  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="critical-form">
      <label className="succession-critical-check">
        <input
          type="checkbox"
          className="checkbox"
          checked={value.critical}
          data-testid="critical-toggle"
          onChange={(e) => setValue({ ...value, critical: e.target.checked })}
        />
        <span>{t('talent.succession.markCritical')}</span>
      </label>
      <Field label={t('talent.succession.reason')} optional>
        <textarea
          rows={2}
          name="reason"
          value={value.reason}
          data-testid="critical-reason-input"
          onChange={(e) => setValue({ ...value, reason: e.target.value })}
        />
      </Field>
      <Button type="submit" size="small" variant="primary" data-testid="critical-save">
        {t('common.save')}
      </Button>
    </form>
  );
}

/** Nominate from the position's candidate ranking (the agency's own, by JPM). */
function NominateForm({
  positionId,
  taken,
  onNominate,
}: {
  positionId: string;
  taken: ReadonlySet<string>;
  onNominate: (nip: string, readiness: Readiness, plan: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const formatPercent = useFormatPercent();
  const candidates = useApi(`succession-candidates:${positionId}`, () =>
    getCandidates(positionId, 'agency', 30),
  );
  const [nip, setNip] = useState('');
  const [readiness, setReadiness] = useState<Readiness>('readyInOneToTwoYears');
  const [plan, setPlan] = useState('');
  const options = (candidates.data?.items ?? []).filter((c) => !taken.has(c.nip));
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!nip) return;
    await onNominate(nip, readiness, plan.trim());
    setNip('');
    setPlan('');
  }
  return (
    <form
      className="form succession-nominate"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      data-testid="nominate-form"
    >
      <h3 className="subheading">{t('talent.succession.nominate')}</h3>
      {candidates.error !== null && <ErrorAlert error={candidates.error} />}
      <div className="form-grid">
        <Field label={t('talent.succession.candidate')}>
          <select name="nip" value={nip} data-testid="nominate-nip" onChange={(e) => setNip(e.target.value)}>
            <option value="">{t('talent.succession.chooseCandidate')}</option>
            {options.map((c) => (
              <option key={c.nip} value={c.nip}>
                {`${c.rank}. ${c.name} — ${formatPercent(c.percent)} ${c.category}`}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('talent.succession.readinessLabel')}>
          <select
            name="readiness"
            value={readiness}
            data-testid="nominate-readiness"
            onChange={(e) => setReadiness(e.target.value as Readiness)}
          >
            {readinessOrder.map((r) => (
              <option key={r} value={r}>
                {t(`talent.succession.readiness.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('talent.succession.plan')} optional className="span-2">
          <textarea
            rows={3}
            name="developmentPlan"
            value={plan}
            data-testid="nominate-plan"
            onChange={(e) => setPlan(e.target.value)}
          />
        </Field>
      </div>
      <Button type="submit" variant="primary" disabled={!nip} data-testid="nominate-submit">
        {t('talent.succession.nominateSubmit')}
      </Button>
    </form>
  );
}
