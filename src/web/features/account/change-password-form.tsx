import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, messagesFor } from '../../shared/api/request';
import { Button, ErrorAlert, Field } from '../../ui';
import { changePassword } from './api';

const fields = ['currentPassword', 'newPassword'] as const;

/** An error whose every issue is shown under its field needs no box of its own. */
function shownUnderFields(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.issues.length > 0 &&
    error.issues.every((issue) => fields.some((field) => field === issue.path))
  );
}

/**
 * Current password, new password and the new one again. The server judges the new one (length,
 * not the username, not a common password, hard to guess) and its reason, in Indonesian, appears
 * under the field; the repetition is checked here before anything is sent.
 */
export function ChangePasswordForm({
  username,
  submitLabel,
  onChanged,
}: {
  /** For password managers: the account the new password belongs to. */
  username: string;
  submitLabel?: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (newPassword !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      await changePassword({ currentPassword, newPassword });
      setCurrentPassword('');
      setNewPassword('');
      setRepeat('');
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="form"
      data-testid="change-password-form"
      aria-label={t('account.password.title')}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <Field label={t('account.password.current')} errors={messagesFor(error, 'currentPassword')}>
        <input
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          required
        />
      </Field>
      <Field label={t('account.password.new')} errors={messagesFor(error, 'newPassword')}>
        <input
          name="newPassword"
          type="password"
          autoComplete="new-password"
          aria-describedby="new-password-rule"
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          required
        />
      </Field>
      <p className="muted small" id="new-password-rule">
        {t('account.password.rule')}
      </p>
      <Field
        label={t('account.password.repeat')}
        errors={mismatch ? [t('account.password.mismatch')] : undefined}
      >
        <input
          name="repeatPassword"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
          required
        />
      </Field>
      {!shownUnderFields(error) && <ErrorAlert error={error} />}
      <Button variant="primary" type="submit" data-testid="change-password-submit" disabled={busy}>
        {busy ? t('common.saving') : (submitLabel ?? t('account.password.submit'))}
      </Button>
    </form>
  );
}
