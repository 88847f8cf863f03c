import { useTranslation } from 'react-i18next';
import { ButtonAnchor } from '../ui';

/** The imports with a blank template on the server (`src/services/import-templates.ts`). */
export type ImportTemplateKind =
  | 'civil-servants'
  | 'assessments'
  | 'potential'
  | 'position-map'
  | 'job-description-tasks'
  | 'technical-dictionary';

/**
 * "Unduh templat": the server's .xlsx with the header row the import reads, an example row and a
 * "Petunjuk" sheet; the same column definitions as the import, so the two never drift apart.
 */
export function ImportTemplateLink({ kind }: { kind: ImportTemplateKind }) {
  const { t } = useTranslation();
  return (
    <ButtonAnchor
      size="small"
      href={`/api/imports/${kind}/template.xlsx`}
      download
      data-testid={`import-template-${kind}`}
    >
      {t('import.template')}
    </ButtonAnchor>
  );
}
