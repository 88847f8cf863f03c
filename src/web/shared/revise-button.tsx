import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, ErrorAlert } from '../ui';

/**
 * "Revisi" of something ratified (a standard, a technical dictionary): `revise` opens a new draft
 * version copying the ratified one and answers its address, which is then shown. Busy while the
 * server works; its error appears under the toolbar the button sits in.
 */
export function ReviseButton({
  revise,
  label,
  busyLabel,
  testId,
}: {
  revise: () => Promise<string>;
  label: string;
  busyLabel: string;
  testId: string;
}) {
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      navigate(await revise());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="primary" data-testid={testId} disabled={busy} onClick={() => void run()}>
        {busy ? busyLabel : label}
      </Button>
      {error !== null && (
        <div className="toolbar-alert">
          <ErrorAlert error={error} />
        </div>
      )}
    </>
  );
}
