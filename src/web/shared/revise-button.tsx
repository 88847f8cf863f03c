import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { reviseTechnicalDictionary } from '../features/dictionaries/api';
import { Button, ErrorAlert } from '../ui';

/** "Buat revisi": opens a new draft version copying the newest ratified one, then shows it. */
export function ReviseButton({ dictionaryId }: { dictionaryId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function revise() {
    setBusy(true);
    setError(null);
    try {
      const { version } = await reviseTechnicalDictionary(dictionaryId);
      navigate(`/kamus-teknis/versi/${version.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="primary" data-testid="revise-button" disabled={busy} onClick={() => void revise()}>
        {busy ? t('common.saving') : t('technical.revise')}
      </Button>
      {error !== null && (
        <div className="toolbar-alert">
          <ErrorAlert error={error} />
        </div>
      )}
    </>
  );
}
