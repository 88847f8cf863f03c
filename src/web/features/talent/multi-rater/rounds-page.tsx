import '../talent.css';
import '../talent-management.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AgencyPicker } from '../../../shared/agency-picker';
import { useFormatDay } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import { useReportAgency } from '../../../shared/use-report-agency';
import { Button, Card, DataTable, Field, LoadState, PageHeader } from '../../../ui';
import { listRounds, openRound } from '../management-api';
import { TalentTabs } from '../talent-tabs';
import { RoundProblems } from './round-problems';
import { RoundStatusBadge } from './round-status-badge';

/** NIPs typed or pasted one per line (or separated by commas / spaces), each once. */
export function parseNips(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * `/talenta/360`: the agency's 360° rounds, newest first, with their progress, and for HR the form
 * that opens one: a name, the closing date and the people rated. Raters come from the position
 * map (superior, peers, subordinates; self always) and can be changed on the round's page.
 */
export function RoundsPage() {
  const { t } = useTranslation();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const navigate = useNavigate();
  const formatDay = useFormatDay();
  const rounds = useApi(agencyId ? `rounds:${agencyId}` : null, () => listRounds(agencyId ?? ''));
  const search = report.canChoose && agencyId ? `?instansi=${encodeURIComponent(agencyId)}` : '';
  const [form, setForm] = useState({ name: '', closesOn: '', nips: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const data = rounds.data;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!agencyId) return;
    setBusy(true);
    setError(null);
    try {
      const created = await openRound(agencyId, {
        name: form.name.trim(),
        closesOn: form.closesOn,
        subjects: parseNips(form.nips).map((nip) => ({ nip })),
      });
      navigate(`/talenta/360/${created.round.id}${search}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <PageHeader title={t('talent.multiRater.title')} subtitle={t('talent.multiRater.intro')} />
      <AgencyPicker report={report} />
      <LoadState loading={report.loading} error={report.error} />
      <TalentTabs search={search} />
      <LoadState loading={rounds.loading && !data} error={rounds.error} onRetry={rounds.reload} />
      {data && (
        <Card title={t('talent.multiRater.listTitle')} titleId="rounds-title" compactTitle>
          <DataTable
            testId="rounds-table"
            aria-labelledby="rounds-title"
            columns={[
              t('talent.multiRater.name'),
              t('talent.multiRater.status'),
              t('talent.multiRater.closesOn'),
              { label: t('talent.multiRater.subjects'), numeric: true },
              t('talent.multiRater.progress'),
            ]}
            rows={data.items}
            rowKey={(round) => round.id}
            renderRow={(round) => (
              <tr data-testid="round-row" data-round-id={round.id}>
                <td>
                  <Link to={`/talenta/360/${round.id}${search}`} data-testid="round-link">
                    {round.name}
                  </Link>
                </td>
                <td>
                  <RoundStatusBadge status={round.status} />
                </td>
                <td className="nowrap">{formatDay(round.closesOn)}</td>
                <td className="num">{round.subjects}</td>
                <td>
                  {t('talent.multiRater.submittedOf', { submitted: round.submitted, raters: round.raters })}
                </td>
              </tr>
            )}
            empty={t('talent.multiRater.empty')}
            emptyTestId="rounds-empty"
          />
        </Card>
      )}
      {data?.permissions.open && (
        <Card
          as="form"
          title={t('talent.multiRater.openTitle')}
          titleId="open-round-title"
          compactTitle
          onSubmit={(event) => void onSubmit(event)}
          noValidate
          data-testid="open-round-form"
        >
          <p className="muted small">{t('talent.multiRater.openIntro')}</p>
          <div className="form-grid">
            <Field label={t('talent.multiRater.name')}>
              <input
                type="text"
                name="name"
                required
                data-testid="round-name"
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
              />
            </Field>
            <Field label={t('talent.multiRater.closesOn')}>
              <input
                type="date"
                name="closesOn"
                required
                data-testid="round-closes-on"
                value={form.closesOn}
                onChange={(e) => setForm({ ...form, closesOn: e.target.value })}
              />
            </Field>
            <Field label={t('talent.multiRater.subjectNips')} className="span-2">
              <textarea
                name="nips"
                rows={4}
                data-testid="round-nips"
                placeholder={t('talent.multiRater.subjectNipsPlaceholder')}
                value={form.nips}
                onChange={(e) => setForm({ ...form, nips: e.target.value })}
              />
            </Field>
          </div>
          <Button variant="primary" type="submit" disabled={busy} data-testid="round-open">
            {t('talent.multiRater.open')}
          </Button>
          <RoundProblems error={error} />
        </Card>
      )}
    </div>
  );
}
