import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../shared/use-api';
import { Alert, Button, ButtonAnchor, Card, ErrorAlert, Field, LoadState } from '../../ui';
import {
  type CampaignLetterKind,
  campaignLetterUrl,
  type DecreeTeamMember,
  type DraftingCampaignDetail,
  decreeTeamRoles,
  getDecreeTeam,
  setDecreeTeam,
} from './api';

const emptyMember = (): DecreeTeamMember => ({ teamRole: 'member', name: '', nip: null, positionTitle: '' });

/**
 * "Surat": the team as the SK Tim Penyusun names it (members need not be users of SKJ), and the
 * campaign's letters — SK Tim Penyusun, Surat Perintah Tugas and the weekly schedule — as PDF or
 * Word, numbered and dated here.
 */
export function LettersSection({ detail }: { detail: DraftingCampaignDetail }) {
  const { t } = useTranslation();
  const id = detail.draftingCampaign.id;
  const team = useApi(`decree-team:${id}`, () => getDecreeTeam(id));
  const manage = detail.permissions.manage;
  const [members, setMembers] = useState<DecreeTeamMember[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  /** Members as last saved: the letters need a saved team. */
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const [numbers, setNumbers] = useState({
    decreeNumber: '',
    decreeDate: '',
    letterNumber: '',
    letterDate: '',
  });

  /** The team as loaded fills the form once: a later reload must not wipe what is being typed. */
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (!team.data || loaded) return;
    setLoaded(true);
    setMembers(
      team.data.members.map(({ teamRole, name, nip, positionTitle, userId }) => ({
        teamRole,
        name,
        nip,
        positionTitle,
        userId: userId ?? null,
      })),
    );
  }, [team.data, loaded]);

  const change = (k: number, patch: Partial<DecreeTeamMember>) =>
    setMembers((list) => list.map((m, i) => (i === k ? { ...m, ...patch } : m)));

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const result = await setDecreeTeam(
        id,
        members.map((m) => ({ ...m, nip: m.nip?.trim() ? m.nip.trim() : null })),
      );
      setMembers(result.members.map(({ id: _id, ...m }) => m));
      setSavedCount(result.members.length);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const hasTeam = (savedCount ?? team.data?.members.length ?? 0) > 0;
  const letters: { kind: CampaignLetterKind; query: Parameters<typeof campaignLetterUrl>[3] }[] = [
    { kind: 'team-decree', query: { number: numbers.decreeNumber, date: numbers.decreeDate } },
    {
      kind: 'assignment-letter',
      query: {
        number: numbers.letterNumber,
        date: numbers.letterDate,
        teamDecreeNumber: numbers.decreeNumber,
      },
    },
    { kind: 'schedule', query: { date: numbers.letterDate } },
  ];

  return (
    <div className="stack">
      <Card
        as="form"
        className="form"
        title={t('letters.team.title')}
        titleId="letters-team-title"
        onSubmit={(event) => void save(event)}
        data-testid="decree-team-form"
      >
        <p className="muted">{t('letters.team.intro')}</p>
        <LoadState loading={team.loading && !team.data} error={team.error} onRetry={team.reload} />
        {members.length === 0 && team.data && <p className="muted">{t('letters.team.empty')}</p>}
        <ol className="decree-team">
          {members.map((member, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
            <li key={k} className="decree-team-member" data-testid="decree-team-member">
              <fieldset className="form-grid" disabled={!manage}>
                <legend className="visually-hidden">{t('letters.team.memberN', { n: k + 1 })}</legend>
                <Field label={t('letters.team.role')}>
                  <select
                    value={member.teamRole}
                    onChange={(event) =>
                      change(k, { teamRole: event.target.value as DecreeTeamMember['teamRole'] })
                    }
                    data-testid="decree-team-role"
                  >
                    {decreeTeamRoles.map((role) => (
                      <option key={role} value={role}>
                        {t(`letters.roles.${role}`)}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label={t('letters.team.name')}>
                  <input
                    value={member.name}
                    onChange={(event) => change(k, { name: event.target.value })}
                    required
                    data-testid="decree-team-name"
                  />
                </Field>
                <Field label={t('letters.team.nip')} optional>
                  <input
                    inputMode="numeric"
                    value={member.nip ?? ''}
                    onChange={(event) => change(k, { nip: event.target.value })}
                    data-testid="decree-team-nip"
                  />
                </Field>
                <Field label={t('letters.team.positionTitle')} className="span-2">
                  <input
                    value={member.positionTitle}
                    onChange={(event) => change(k, { positionTitle: event.target.value })}
                    data-testid="decree-team-title"
                  />
                </Field>
                {manage && (
                  <div className="decree-team-remove">
                    <Button
                      variant="secondary"
                      size="small"
                      onClick={() => setMembers((list) => list.filter((_, i) => i !== k))}
                      aria-label={t('letters.team.removeN', { n: k + 1 })}
                    >
                      {t('letters.team.remove')}
                    </Button>
                  </div>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
        <ErrorAlert error={error} />
        {saved && (
          <Alert tone="success" role="status" data-testid="decree-team-saved">
            {t('letters.team.saved')}
          </Alert>
        )}
        {manage && loaded && (
          <div className="toolbar">
            <Button
              variant="secondary"
              onClick={() => setMembers((list) => [...list, emptyMember()])}
              data-testid="decree-team-add"
            >
              {t('letters.team.add')}
            </Button>
            <Button variant="primary" type="submit" disabled={busy} data-testid="decree-team-save">
              {busy ? t('common.saving') : t('letters.team.save')}
            </Button>
          </div>
        )}
      </Card>
      <Card
        title={t('letters.documents.title')}
        titleId="letters-documents-title"
        data-testid="campaign-letters"
      >
        <p className="muted">{t('letters.documents.intro')}</p>
        <div className="form-grid">
          <Field label={t('letters.documents.decreeNumber')} optional>
            <input
              value={numbers.decreeNumber}
              onChange={(event) => setNumbers((n) => ({ ...n, decreeNumber: event.target.value }))}
              data-testid="letters-decree-number"
            />
          </Field>
          <Field label={t('letters.documents.decreeDate')} optional>
            <input
              type="date"
              value={numbers.decreeDate}
              onChange={(event) => setNumbers((n) => ({ ...n, decreeDate: event.target.value }))}
              data-testid="letters-decree-date"
            />
          </Field>
          <Field label={t('letters.documents.letterNumber')} optional>
            <input
              value={numbers.letterNumber}
              onChange={(event) => setNumbers((n) => ({ ...n, letterNumber: event.target.value }))}
              data-testid="letters-letter-number"
            />
          </Field>
          <Field label={t('letters.documents.letterDate')} optional>
            <input
              type="date"
              value={numbers.letterDate}
              onChange={(event) => setNumbers((n) => ({ ...n, letterDate: event.target.value }))}
              data-testid="letters-letter-date"
            />
          </Field>
        </div>
        {!hasTeam && (
          <Alert tone="info" data-testid="letters-need-team">
            {t('letters.documents.needTeam')}
          </Alert>
        )}
        <ul className="decree-letters">
          {letters.map(({ kind, query }) => {
            const needsTeam = kind !== 'schedule';
            return (
              <li key={kind} className="decree-letters-item">
                <span>{t(`letters.kinds.${kind}`)}</span>
                <span className="toolbar">
                  {(['pdf', 'docx'] as const).map((format) =>
                    needsTeam && !hasTeam ? null : (
                      <ButtonAnchor
                        key={format}
                        variant="secondary"
                        size="small"
                        href={campaignLetterUrl(id, kind, format, query)}
                        download
                        data-testid={`letter-${kind}-${format}`}
                      >
                        {t(`letters.formats.${format}`)}
                      </ButtonAnchor>
                    ),
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      </Card>
    </div>
  );
}
