import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, ErrorAlert } from '../../ui';

/**
 * The card that creates one agency, org unit or user: the fields, then the server's error or the
 * confirmation, then the submit button (busy while the server works). `create` sends the form,
 * clears the fields it wants cleared and answers the confirmation; a thrown error is shown.
 */
export function CreateForm({
  title,
  titleId,
  testId,
  submitLabel,
  create,
  children,
}: {
  title: string;
  titleId: string;
  testId: string;
  submitLabel: string;
  create: () => Promise<string>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSuccess(null);
    try {
      setSuccess(await create());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={title} titleId={titleId} edge="accent">
      <form className="form" data-testid={testId} onSubmit={(event) => void onSubmit(event)} noValidate>
        {children}
        <ErrorAlert error={error} />
        {success && (
          <Alert tone="success" role="status">
            {success}
          </Alert>
        )}
        <Button variant="primary" type="submit" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </Button>
      </form>
    </Card>
  );
}
