import { useTranslation } from 'react-i18next';
import { ReviseButton } from '../../../shared/revise-button';
import { reviseTechnicalDictionary } from '../api';

/** "Buat revisi": a new draft version copying the newest ratified one, then shown. */
export function ReviseDictionaryButton({ dictionaryId }: { dictionaryId: string }) {
  const { t } = useTranslation();
  return (
    <ReviseButton
      revise={async () => `/kamus-teknis/versi/${(await reviseTechnicalDictionary(dictionaryId)).version.id}`}
      label={t('technical.revise')}
      busyLabel={t('common.saving')}
      testId="revise-button"
    />
  );
}
