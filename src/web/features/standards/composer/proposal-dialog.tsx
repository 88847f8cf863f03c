import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorAlert, Field } from '../../../ui';
import { type ProposalResult, proposeTechnicalCompetency } from '../api';
import { parseIndicators } from './composer-row';

const levels = [1, 2, 3, 4, 5];

/**
 * "Usulkan kompetensi teknis": name, definition and the text of the level this position needs.
 * The server puts it as a draft entry in the agency's dictionary of proposals; `onProposed` adds
 * it to the standard.
 */
export function ProposalDialog({
  standardId,
  initialName,
  initialLevel,
  onClose,
  onProposed,
}: {
  standardId: string;
  initialName: string;
  initialLevel: number;
  onClose: () => void;
  onProposed: (result: ProposalResult) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [definition, setDefinition] = useState('');
  const [level, setLevel] = useState(initialLevel);
  const [description, setDescription] = useState('');
  const [indicators, setIndicators] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const result = await proposeTechnicalCompetency(standardId, {
        name: name.trim(),
        definition: definition.trim(),
        requiredLevel: level,
        levelDescription: description.trim(),
        behaviourIndicators: parseIndicators(indicators),
      });
      onProposed(result);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      title={t('standards.proposal.title')}
      onClose={onClose}
      testId="proposal-dialog"
      actions={
        <>
          <Button
            variant="primary"
            data-testid="proposal-submit"
            disabled={busy}
            onClick={() => void submit()}
          >
            {busy ? t('common.saving') : t('standards.proposal.submit')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('standards.proposal.cancel')}
          </Button>
        </>
      }
    >
      <div className="form proposal-form">
        <p className="muted small">{t('standards.proposal.intro')}</p>
        <Field label={t('standards.proposal.name')}>
          <input data-testid="proposal-name" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('standards.proposal.definition')}>
          <textarea
            rows={3}
            data-testid="proposal-definition"
            value={definition}
            onChange={(e) => setDefinition(e.target.value)}
          />
        </Field>
        <Field label={t('standards.proposal.level')}>
          <select
            data-testid="proposal-level"
            value={level}
            onChange={(e) => setLevel(Number(e.target.value))}
          >
            {levels.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('standards.proposal.description')}>
          <textarea
            rows={2}
            data-testid="proposal-description"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </Field>
        <Field label={t('standards.proposal.indicators')}>
          <textarea
            rows={4}
            data-testid="proposal-indicators"
            value={indicators}
            onChange={(e) => setIndicators(e.target.value)}
          />
        </Field>
        <ErrorAlert error={error} />
      </div>
    </Dialog>
  );
}
