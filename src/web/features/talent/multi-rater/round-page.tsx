import '../talent.css';
import '../talent-management.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useFormatDay } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import {
  Alert,
  Badge,
  Button,
  Card,
  DataTable,
  ErrorAlert,
  Field,
  LoadState,
  Meter,
  PageHeader,
  useConfirm,
} from '../../../ui';
import {
  addRater,
  closeRound,
  getRound,
  type OtherRelation,
  type RoundDetail,
  removeRater,
} from '../management-api';
import { RoundStatusBadge } from './round-status-badge';

const otherRelations: readonly OtherRelation[] = ['superior', 'peer', 'subordinate'];

/**
 * `/talenta/360/:id`: one round: each person rated with their raters and who has sent their
 * questionnaire (never the answers), the overall progress; HR adds and removes raters while the
 * round is open and closes it; after closing, each person's results.
 */
export function RoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const instansi = searchParams.get('instansi');
  const search = instansi ? `?instansi=${encodeURIComponent(instansi)}` : '';
  const formatDay = useFormatDay();
  const round = useApi(`round:${id}`, () => getRound(id));
  const [detail, setDetail] = useState<RoundDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [closed, setClosed] = useState<{ subjects: number; withResults: number } | null>(null);
  const { confirm, dialog } = useConfirm();
  const data = detail?.round.id === id ? detail : round.data;

  const raters = data ? data.subjects.flatMap((s) => s.raters) : [];
  const submitted = raters.filter((r) => r.submitted).length;

  async function act(action: () => Promise<RoundDetail>) {
    setError(null);
    try {
      setDetail(await action());
    } catch (err) {
      setError(err);
    }
  }

  async function onClose() {
    if (!(await confirm(t('talent.multiRater.closeConfirm'), t('talent.multiRater.close')))) return;
    setError(null);
    try {
      setClosed(await closeRound(id));
      setDetail(await getRound(id));
    } catch (err) {
      setError(err);
    }
  }

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('talent.breadcrumb')}>
        <Link to={`/talenta/360${search}`}>{t('talent.multiRater.title')}</Link>
        <span aria-hidden="true"> › </span>
        <span>{data?.round.name ?? ''}</span>
      </nav>
      <LoadState loading={round.loading && !data} error={round.error} onRetry={round.reload} />
      {dialog}
      {data && (
        <>
          <PageHeader
            title={data.round.name}
            titleTestId="round-name-heading"
            subtitle={t('talent.multiRater.closesOnText', { date: formatDay(data.round.closesOn) })}
            actions={
              data.permissions.close && (
                <Button variant="danger" onClick={() => void onClose()} data-testid="round-close">
                  {t('talent.multiRater.close')}
                </Button>
              )
            }
          >
            <RoundStatusBadge status={data.round.status} />
          </PageHeader>
          <div className="multi-rater-progress" data-testid="round-progress" data-submitted={submitted}>
            <Meter variant="coverage" percent={raters.length === 0 ? 0 : (100 * submitted) / raters.length}>
              <span>{t('talent.multiRater.submittedOf', { submitted, raters: raters.length })}</span>
            </Meter>
          </div>
          {closed && (
            <Alert tone="success" role="status" testId="round-closed">
              {t('talent.multiRater.closed', { subjects: closed.subjects, withResults: closed.withResults })}
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} />}
          {data.round.status === 'open' && (
            <p className="muted small">{t('talent.multiRater.anonymityNote')}</p>
          )}
          {data.subjects.map((subject) => (
            <Card
              key={subject.nip}
              title={subject.name}
              titleId={`subject-${subject.nip}`}
              titleLevel={2}
              compactTitle
              data-testid="round-subject"
              data-nip={subject.nip}
              actions={
                data.permissions.readResults && (
                  <Link
                    to={`/talenta/360/${id}/hasil/${subject.nip}${search}`}
                    data-testid="round-results-link"
                  >
                    {t('talent.multiRater.results')}
                  </Link>
                )
              }
            >
              <p className="muted small">{subject.positionName}</p>
              <DataTable
                aria-labelledby={`subject-${subject.nip}`}
                columns={[
                  t('talent.multiRater.rater'),
                  t('talent.multiRater.relation'),
                  t('talent.multiRater.state'),
                  data.permissions.manage === true && { label: t('talent.multiRater.actions'), hidden: true },
                ]}
                rows={subject.raters}
                rowKey={(rater) => rater.id}
                renderRow={(rater) => (
                  <tr
                    data-testid="round-rater"
                    data-relation={rater.relation}
                    data-submitted={rater.submitted}
                  >
                    <td>
                      {rater.name}
                      {!rater.hasLogin && (
                        <>
                          <br />
                          <span className="muted small">{t('talent.multiRater.noLogin')}</span>
                        </>
                      )}
                    </td>
                    <td>{rater.relationName}</td>
                    <td>
                      <Badge tone={rater.submitted ? 'success' : 'muted'}>
                        {rater.submitted ? t('talent.multiRater.sent') : t('talent.multiRater.notSent')}
                      </Badge>
                    </td>
                    {data.permissions.manage && (
                      <td>
                        {rater.relation !== 'self' && !rater.submitted && (
                          <Button
                            size="small"
                            variant="secondary"
                            data-testid="rater-remove"
                            aria-label={t('talent.multiRater.removeRater', { name: rater.name })}
                            onClick={() => void act(() => removeRater(id, rater.id))}
                          >
                            {t('talent.multiRater.remove')}
                          </Button>
                        )}
                      </td>
                    )}
                  </tr>
                )}
              />
              {data.permissions.manage && (
                <AddRaterForm
                  subjectNip={subject.nip}
                  onAdd={(raterNip, relation) =>
                    act(() => addRater(id, { subjectNip: subject.nip, raterNip, relation }))
                  }
                />
              )}
            </Card>
          ))}
        </>
      )}
    </div>
  );
}

function AddRaterForm({
  subjectNip,
  onAdd,
}: {
  subjectNip: string;
  onAdd: (raterNip: string, relation: OtherRelation) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [nip, setNip] = useState('');
  const [relation, setRelation] = useState<OtherRelation>('peer');
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await onAdd(nip.replace(/\s+/g, ''), relation);
    setNip('');
  }
  return (
    <form
      className="multi-rater-add"
      onSubmit={(event) => void onSubmit(event)}
      data-testid="rater-add-form"
      data-subject={subjectNip}
      noValidate
    >
      <Field label={t('talent.multiRater.raterNip')}>
        <input
          type="text"
          inputMode="numeric"
          name="raterNip"
          value={nip}
          data-testid="rater-nip"
          onChange={(e) => setNip(e.target.value)}
        />
      </Field>
      <Field label={t('talent.multiRater.relation')}>
        <select
          name="relation"
          value={relation}
          data-testid="rater-relation"
          onChange={(e) => setRelation(e.target.value as OtherRelation)}
        >
          {otherRelations.map((r) => (
            <option key={r} value={r}>
              {t(`talent.multiRater.relations.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" variant="secondary" size="small" data-testid="rater-add">
        {t('talent.multiRater.addRater')}
      </Button>
    </form>
  );
}
