import { useTranslation } from 'react-i18next';
import { ButtonAnchor, Card } from '../../../ui';
import { documentFormats, standardDocumentUrl } from '../documents-api';

/**
 * Download links of one standard version: the official document and the formulation record
 * (Dokumen Rumusan Kompetensi), each as PDF and DOCX. Drafts carry a DRAFT watermark.
 */
export function StandardDocuments({ standardId, ratified }: { standardId: string; ratified: boolean }) {
  const { t } = useTranslation();
  return (
    <Card title={t('documents.title')} titleId="documents-title" data-testid="standard-documents">
      <p className="muted small">{ratified ? t('documents.ratifiedHint') : t('documents.draftHint')}</p>
      <div className="toolbar">
        {(['document', 'record'] as const).map((kind) =>
          documentFormats.map((format) => (
            <ButtonAnchor
              variant="outline"
              size="small"
              key={`${kind}.${format}`}
              href={standardDocumentUrl(standardId, kind, format)}
              download
              data-testid={`download-${kind}-${format}`}
            >
              {t(`documents.${kind}`, { format: format.toUpperCase() })}
            </ButtonAnchor>
          )),
        )}
      </div>
    </Card>
  );
}
