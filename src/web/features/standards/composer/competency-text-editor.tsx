import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorAlert, Field, Loading } from '../../../ui';
import {
  type ComposerRow,
  dictionaryCopy,
  differsFrom,
  isPending,
  type LevelText,
  parseIndicators,
} from './composer-row';
import { useDictionaryLevel } from './use-dictionary-level';

/**
 * The level description and behaviour indicators of one row, editable; "Kembalikan ke teks
 * kamus" puts the dictionary text of the row's level back. Edited texts earn a warning on save.
 */
export function CompetencyTextEditor({
  id,
  row,
  onChange,
  onClose,
}: {
  id: string;
  row: ComposerRow;
  onChange: (row: ComposerRow) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dictionary = useDictionaryLevel(row);
  // Typed text of the indicators, kept as typed so blank lines survive while typing.
  const [indicatorText, setIndicatorText] = useState<string | null>(null);
  const shown: LevelText = isPending(row) && dictionary.text ? dictionary.text : row;

  const edit = (patch: Partial<LevelText>) => {
    const next = {
      ...row,
      levelDescription: shown.levelDescription,
      behaviourIndicators: shown.behaviourIndicators,
      ...patch,
    };
    onChange({ ...next, textEdited: dictionary.text ? differsFrom(next, dictionary.text) : true });
  };

  const reset = () => {
    setIndicatorText(null);
    const text = dictionary.text
      ? dictionaryCopy(dictionary.text)
      : { levelDescription: '', behaviourIndicators: [] };
    onChange({ ...row, ...text, textEdited: false });
  };

  return (
    <fieldset className="text-editor" id={id} data-testid="text-editor" data-code={row.code}>
      <legend>{t('standards.textEditor.title', { name: row.name, level: row.requiredLevel })}</legend>
      {dictionary.loading && <Loading />}
      <ErrorAlert error={dictionary.error} />
      <Field label={t('standards.textEditor.description')}>
        <textarea
          name="levelDescription"
          rows={2}
          maxLength={2000}
          data-testid="level-description-input"
          value={shown.levelDescription}
          onChange={(event) => edit({ levelDescription: event.target.value })}
        />
      </Field>
      <Field label={t('standards.textEditor.indicators')}>
        <textarea
          name="behaviourIndicators"
          rows={Math.max(3, shown.behaviourIndicators.length + 1)}
          data-testid="indicator-input"
          value={indicatorText ?? shown.behaviourIndicators.join('\n')}
          onChange={(event) => {
            setIndicatorText(event.target.value);
            edit({ behaviourIndicators: parseIndicators(event.target.value) });
          }}
        />
      </Field>
      <p className="muted small" role="status" data-testid="text-editor-state">
        {row.textEdited ? t('standards.textEditor.edited') : t('standards.textEditor.asDictionary')}
      </p>
      <div className="toolbar">
        <Button size="small" data-testid="reset-dictionary-text" disabled={!row.textEdited} onClick={reset}>
          {t('standards.textEditor.reset')}
        </Button>
        <Button variant="ghost" size="small" data-testid="close-indicators" onClick={onClose}>
          {t('standards.textEditor.close')}
        </Button>
      </div>
    </fieldset>
  );
}
