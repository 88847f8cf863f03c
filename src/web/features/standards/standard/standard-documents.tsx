import { useTranslation } from 'react-i18next';
import { documentFormats, standardDocumentUrl } from '../documents-api';

/**
 * Download links of one standard version: the official document and the formulation record
 * (Dokumen Rumusan Kompetensi), each as PDF and DOCX. Drafts carry a DRAFT watermark.
 */
export function StandardDocuments({ standardId, ratified }: { standardId: string; ratified: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="documents-title" data-testid="standard-documents">
      <h2 id="documents-title">{t('documents.title')}</h2>
      <p className="muted small">{ratified ? t('documents.ratifiedHint') : t('documents.draftHint')}</p>
      <div className="toolbar">
        {(['document', 'record'] as const).map((kind) =>
          documentFormats.map((format) => (
            <a
              key={`${kind}.${format}`}
              className="button button-outline button-small"
              href={standardDocumentUrl(standardId, kind, format)}
              download
              data-testid={`download-${kind}-${format}`}
            >
              {t(`documents.${kind}`, { format: format.toUpperCase() })}
            </a>
          )),
        )}
      </div>
    </section>
  );
}
