import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CampaignPositionView,
  type IntervieweeRole,
  intervieweeRoles,
  listInterviews,
  recordInterview,
} from '../../api-campaigns';
import { ErrorAlert, LoadState } from '../error-alert';
import { Field } from '../field';
import { useApi } from '../use-api';
import { useCampaignAction } from './use-campaign-action';
import { useFormatDay } from './use-format-day';

/** Interview notes of one position (holder, superior, policy maker) and the form to add one. */
export function InterviewsPanel({
  campaignId,
  position,
  onClose,
  onChanged,
}: {
  campaignId: string;
  position: CampaignPositionView;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const interviews = useApi(
    `interviews:${campaignId}:${position.positionId}:${position.interviewCount}`,
    () => listInterviews(campaignId, position.positionId),
  );
  const items = interviews.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="interviews-title" data-testid="interviews-panel">
      <header className="card-header">
        <h2 id="interviews-title">{t('campaigns.interviews.title', { name: position.name })}</h2>
        <button type="button" className="button button-ghost button-small" onClick={onClose}>
          {t('campaigns.interviews.close')}
        </button>
      </header>
      <LoadState
        loading={interviews.loading && !interviews.data}
        error={interviews.error}
        onRetry={interviews.reload}
      />
      {interviews.data &&
        (items.length === 0 ? (
          <p className="muted">{t('campaigns.interviews.empty')}</p>
        ) : (
          <ol className="campaign-interviews">
            {items.map((item) => (
              <li key={item.id} data-testid="interview">
                <p className="campaign-interview-head">
                  <span className="badge badge-info">
                    {t(`campaigns.intervieweeRoles.${item.intervieweeRole}`)}
                  </span>{' '}
                  <strong>{item.intervieweeName}</strong> · {formatDay(item.heldOn)}
                  <span className="muted small">
                    {' '}
                    {t('campaigns.interviews.recordedBy', { name: item.recordedByName ?? '—' })}
                  </span>
                </p>
                <p className="campaign-interview-notes">{item.notes}</p>
              </li>
            ))}
          </ol>
        ))}
      {position.canRecordInterview && (
        <InterviewForm campaignId={campaignId} positionId={position.positionId} onChanged={onChanged} />
      )}
    </section>
  );
}

function InterviewForm({
  campaignId,
  positionId,
  onChanged,
}: {
  campaignId: string;
  positionId: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useCampaignAction(onChanged);
  const [role, setRole] = useState<IntervieweeRole>('holder');
  const [name, setName] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [notes, setNotes] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await action.run(() =>
      recordInterview(campaignId, {
        positionId,
        intervieweeRole: role,
        intervieweeName: name.trim(),
        heldOn,
        notes: notes.trim(),
      }),
    );
    if (ok) {
      setName('');
      setNotes('');
    }
  }

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} data-testid="interview-form" noValidate>
      <h3>{t('campaigns.interviews.record')}</h3>
      <div className="form-grid">
        <Field label={t('campaigns.interviews.role')} errors={action.errorsFor('intervieweeRole')}>
          <select
            name="intervieweeRole"
            value={role}
            onChange={(e) => setRole(intervieweeRoles.find((r) => r === e.target.value) ?? 'holder')}
          >
            {intervieweeRoles.map((r) => (
              <option key={r} value={r}>
                {t(`campaigns.intervieweeRoles.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('campaigns.interviews.name')} errors={action.errorsFor('intervieweeName')}>
          <input name="intervieweeName" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('campaigns.interviews.heldOn')} errors={action.errorsFor('heldOn')}>
          <input name="heldOn" type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
        </Field>
      </div>
      <Field label={t('campaigns.interviews.notes')} errors={action.errorsFor('notes')}>
        <textarea name="notes" rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </Field>
      <ErrorAlert error={action.error} />
      <button type="submit" className="button button-primary" disabled={action.busy}>
        {action.busy ? t('common.saving') : t('campaigns.interviews.save')}
      </button>
    </form>
  );
}
