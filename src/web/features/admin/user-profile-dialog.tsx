import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorAlert, Field } from '../../ui';
import { setUserProfile, type UserListItem } from './api';

/** NIP and jabatan of one user, printed under their signature on the documents they sign. */
export function UserProfileDialog({
  user,
  onClose,
  onSaved,
}: {
  user: UserListItem | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [nip, setNip] = useState('');
  const [positionTitle, setPositionTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setNip(user?.nip ?? '');
    setPositionTitle(user?.positionTitle ?? '');
    setError(null);
  }, [user]);

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      await setUserProfile(user.id, {
        nip: nip.trim() || null,
        positionTitle: positionTitle.trim() || null,
      });
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const formId = 'user-profile-form';
  return (
    <Dialog
      open={user !== null}
      title={t('admin.users.signerTitle', { name: user?.fullName ?? '' })}
      onClose={onClose}
      testId="user-profile-dialog"
      actions={
        <>
          <Button
            variant="primary"
            type="submit"
            form={formId}
            disabled={busy}
            data-testid="user-profile-save"
          >
            {busy ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </>
      }
    >
      <form id={formId} className="form" onSubmit={(event) => void save(event)}>
        <p className="muted small">{t('admin.users.signerHint')}</p>
        <Field label={t('admin.users.positionTitle')} optional>
          <input
            name="positionTitle"
            value={positionTitle}
            onChange={(event) => setPositionTitle(event.target.value)}
            data-testid="user-profile-title"
          />
        </Field>
        <Field label={t('admin.users.nip')} optional>
          <input
            name="nip"
            inputMode="numeric"
            value={nip}
            onChange={(event) => setNip(event.target.value)}
            data-testid="user-profile-nip"
          />
        </Field>
        <ErrorAlert error={error} />
      </form>
    </Dialog>
  );
}
