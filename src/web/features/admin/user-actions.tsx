import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../shared/format';
import { Button, Dialog, ErrorAlert } from '../../ui';
import { type PasswordReset, resetUserPassword, setUserActive, type UserListItem } from './api';

/**
 * The buttons of one account in the user list, each shown only where the server's `permissions`
 * allow it, each asked for first (`confirm` of the list's one dialog): reset the password (the
 * list shows the temporary one once), deactivate, reactivate.
 */
export function UserActions({
  user,
  confirm,
  onChanged,
  onReset,
}: {
  user: UserListItem;
  confirm: (message: string, confirmLabel: string) => Promise<boolean>;
  /** After deactivating or reactivating: the message to show; the list reloads. */
  onChanged: (message: string) => void;
  /** After a reset: the temporary password to show once; the list reloads. */
  onReset: (reset: PasswordReset) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const names = { username: user.username, name: user.fullName };

  async function act(question: string, accept: string, action: () => Promise<void>) {
    if (!(await confirm(question, accept))) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const { permissions } = user;
  if (!permissions.resetPassword && !permissions.deactivate && !permissions.activate) return null;
  return (
    <div className="users-actions">
      {permissions.resetPassword && (
        <Button
          size="small"
          data-testid="user-reset-password"
          aria-label={t('admin.users.resetFor', names)}
          disabled={busy}
          onClick={() =>
            void act(t('admin.users.resetConfirm', names), t('admin.users.resetAccept'), async () =>
              onReset(await resetUserPassword(user.id)),
            )
          }
        >
          {t('admin.users.reset')}
        </Button>
      )}
      {permissions.deactivate && (
        <Button
          size="small"
          variant="danger"
          data-testid="user-deactivate"
          aria-label={t('admin.users.deactivateFor', names)}
          disabled={busy}
          onClick={() =>
            void act(t('admin.users.deactivateConfirm', names), t('admin.users.deactivate'), async () => {
              await setUserActive(user.id, false);
              onChanged(t('admin.users.deactivated', names));
            })
          }
        >
          {t('admin.users.deactivate')}
        </Button>
      )}
      {permissions.activate && (
        <Button
          size="small"
          data-testid="user-activate"
          aria-label={t('admin.users.activateFor', names)}
          disabled={busy}
          onClick={() =>
            void act(t('admin.users.activateConfirm', names), t('admin.users.activate'), async () => {
              await setUserActive(user.id, true);
              onChanged(t('admin.users.activated', names));
            })
          }
        >
          {t('admin.users.activate')}
        </Button>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}

/** The new temporary password, shown this once with when it stops working; copy or read it off. */
export function TemporaryPasswordDialog({
  reset,
  onClose,
}: {
  reset: PasswordReset | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [copied, setCopied] = useState(false);

  async function copy(password: string) {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      // Without clipboard access the password stays selectable on screen.
      setCopied(false);
    }
  }

  const close = () => {
    setCopied(false);
    onClose();
  };

  return (
    <Dialog
      open={reset !== null}
      title={t('admin.users.resetTitle', { username: reset?.username ?? '' })}
      testId="temporary-password-dialog"
      onClose={close}
      actions={
        <Button variant="primary" data-testid="temporary-password-close" onClick={close}>
          {t('admin.users.close')}
        </Button>
      }
    >
      {reset && (
        <>
          <p className="users-temporary-password">
            <code data-testid="temporary-password">{reset.temporaryPassword}</code>{' '}
            <Button
              size="small"
              data-testid="temporary-password-copy"
              onClick={() => void copy(reset.temporaryPassword)}
            >
              {copied ? t('admin.users.copied') : t('admin.users.copy')}
            </Button>
          </p>
          <p className="dialog-message" data-testid="temporary-password-expiry">
            {t('admin.users.resetOnce', { date: formatDate(reset.expiresAt) })}
          </p>
        </>
      )}
    </Dialog>
  );
}
