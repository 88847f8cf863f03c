import './drafting-campaigns.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AgencyPicker } from '../../shared/agency-picker';
import { messagesFor } from '../../shared/api/request';
import { CoverageBar } from '../../shared/coverage-bar';
import { useFormatDay } from '../../shared/format';
import { useApi } from '../../shared/use-api';
import { useReportAgency } from '../../shared/use-report-agency';
import { Button, Card, DataTable, ErrorAlert, Field, LoadState, PageHeader } from '../../ui';
import { createDraftingCampaign, type DraftingCampaignListItem, listDraftingCampaigns } from './api';

/** `/kampanye`: the drafting campaigns the user can see, and (agency admin) a form to start one. */
export function DraftingCampaignsPage() {
  const { t } = useTranslation();
  const report = useReportAgency(false);
  const ready = !report.canChoose || !report.loading;
  const agencyId = report.canChoose ? (report.agencyId ?? undefined) : undefined;
  const data = useApi(ready ? `draftingCampaigns:${agencyId ?? 'own'}` : null, () =>
    listDraftingCampaigns(agencyId),
  );
  const items = data.data?.items ?? [];

  return (
    <div className="page">
      <PageHeader title={t('draftingCampaigns.title')} subtitle={t('draftingCampaigns.intro')} />
      {report.canChoose && <AgencyPicker report={report} nationalOption />}
      <LoadState loading={data.loading && !data.data} error={data.error} onRetry={data.reload} />
      {data.data && (
        <Card
          title={t('draftingCampaigns.list', { count: items.length })}
          titleId="drafting-campaigns-list-title"
        >
          <DataTable
            testId="drafting-campaigns-table"
            columns={[
              t('draftingCampaigns.name'),
              report.canChoose && t('draftingCampaigns.agency'),
              t('draftingCampaigns.period'),
              t('draftingCampaigns.positions'),
              t('draftingCampaigns.ratified'),
              t('draftingCampaigns.myRole'),
            ]}
            rows={items}
            rowKey={(item) => item.id}
            renderRow={(item) => <DraftingCampaignRow item={item} showAgency={report.canChoose} />}
            empty={t('draftingCampaigns.empty')}
          />
        </Card>
      )}
      {data.data?.canCreate && <CreateDraftingCampaignForm />}
    </div>
  );
}

function DraftingCampaignRow({ item, showAgency }: { item: DraftingCampaignListItem; showAgency: boolean }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <tr data-testid="drafting-campaign-row">
      <td>
        <Link to={`/kampanye/${item.id}`}>{item.name}</Link>
      </td>
      {showAgency && <td>{item.agency.name}</td>}
      <td className="nowrap">
        {formatDay(item.startsOn)} – {formatDay(item.endsOn)}
      </td>
      <td>{item.positions}</td>
      <td>
        <CoverageBar
          coverage={{ positions: item.positions, ratified: item.ratified, percent: item.percentRatified }}
        />
      </td>
      <td>{item.myRole ? t(`draftingCampaigns.roles.${item.myRole}`) : t('common.none')}</td>
    </tr>
  );
}

function CreateDraftingCampaignForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errorsFor = (path: string) => messagesFor(error, path);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await createDraftingCampaign({ name: name.trim(), startsOn, endsOn });
      navigate(`/kampanye/${created.draftingCampaign.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <Card title={t('draftingCampaigns.create.title')} titleId="create-drafting-campaign-title" edge="accent">
      <p className="muted small">{t('draftingCampaigns.create.hint')}</p>
      <form
        className="form"
        data-testid="create-drafting-campaign-form"
        onSubmit={(e) => void onSubmit(e)}
        noValidate
      >
        <Field label={t('draftingCampaigns.name')} errors={errorsFor('name')}>
          <input name="name" value={name} onChange={(e) => setName(e.target.value)} required />
        </Field>
        <div className="form-grid">
          <Field label={t('draftingCampaigns.startsOn')} errors={errorsFor('startsOn')}>
            <input
              name="startsOn"
              type="date"
              value={startsOn}
              onChange={(e) => setStartsOn(e.target.value)}
            />
          </Field>
          <Field label={t('draftingCampaigns.endsOn')} errors={errorsFor('endsOn')}>
            <input name="endsOn" type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
          </Field>
        </div>
        <ErrorAlert error={error} />
        <Button variant="primary" type="submit" disabled={busy}>
          {busy ? t('common.saving') : t('draftingCampaigns.create.submit')}
        </Button>
      </form>
    </Card>
  );
}
