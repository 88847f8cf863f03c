import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { messagesFor } from '../../../shared/api/request';
import { Button, Card, ErrorAlert, Field } from '../../../ui';
import { createTechnicalDictionary } from '../api';

/** "Buat kamus teknis": code and name; on success opens the editor of the new version 1. */
export function CreateDictionaryForm({ agencyName }: { agencyName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const errorsFor = (path: string) => messagesFor(error, path);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await createTechnicalDictionary({ code: code.trim(), name: name.trim() });
      navigate(`/kamus-teknis/versi/${created.versionId}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <Card title={t('technical.create.title')} titleId="create-dictionary-title" edge="accent">
      <form
        className="form"
        data-testid="create-dictionary-form"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
      >
        <Field label={t('technical.create.code')} errors={errorsFor('code')}>
          <input
            name="code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            aria-invalid={errorsFor('code').length > 0 || undefined}
            required
          />
        </Field>
        <p className="muted small field-hint">{t('technical.create.codeHint')}</p>
        <Field label={t('technical.create.name')} errors={errorsFor('name')}>
          <input
            name="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={errorsFor('name').length > 0 || undefined}
            required
          />
        </Field>
        <p className="muted small">{t('technical.create.ownAgencyNote', { agency: agencyName })}</p>
        <ErrorAlert error={error} />
        <Button variant="primary" type="submit" disabled={busy}>
          {busy ? t('common.saving') : t('technical.create.submit')}
        </Button>
      </form>
    </Card>
  );
}
