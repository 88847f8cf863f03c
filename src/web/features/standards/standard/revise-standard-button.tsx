import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, ErrorAlert } from '../../../ui';
import { reviseStandard } from '../api';

/** "Revisi": opens a new draft version copying this ratified one, then shows it. */
export function ReviseStandardButton({ standardId }: { standardId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function revise() {
    setBusy(true);
    setError(null);
    try {
      const created = await reviseStandard(standardId);
      navigate(`/skj/${created.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="primary" data-testid="revise-standard" disabled={busy} onClick={() => void revise()}>
        {busy ? t('common.saving') : t('standards.revise')}
      </Button>
      {error !== null && (
        <div className="toolbar-alert">
          <ErrorAlert error={error} />
        </div>
      )}
    </>
  );
}
