import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonAnchor, Card, Field } from '../../../ui';
import { type ChartLayout, type ChartPaper, positionChartUrl, staffingRecapUrl } from '../api';

/**
 * The position map as documents: the chart as a PDF (vertical or horizontal, A3 or A4 landscape)
 * and the Rekapitulasi Kelas Jabatan dan Persediaan Pegawai (Excel, PDF), for the unit shown.
 */
export function MapDocuments({ agencyId, orgUnitId }: { agencyId: string; orgUnitId: string | null }) {
  const { t } = useTranslation();
  const [layout, setLayout] = useState<ChartLayout>('vertical');
  const [paper, setPaper] = useState<ChartPaper>('A3');
  return (
    <Card title={t('positionMap.documents.title')} titleId="map-documents-title" data-testid="map-documents">
      <div className="form-grid">
        <Field label={t('positionMap.documents.layout')}>
          <select
            value={layout}
            onChange={(event) => setLayout(event.target.value as ChartLayout)}
            data-testid="map-chart-layout"
          >
            <option value="vertical">{t('positionMap.documents.vertical')}</option>
            <option value="horizontal">{t('positionMap.documents.horizontal')}</option>
          </select>
        </Field>
        <Field label={t('positionMap.documents.paper')}>
          <select
            value={paper}
            onChange={(event) => setPaper(event.target.value as ChartPaper)}
            data-testid="map-chart-paper"
          >
            <option value="A3">{t('positionMap.documents.a3')}</option>
            <option value="A4">{t('positionMap.documents.a4')}</option>
          </select>
        </Field>
      </div>
      <div className="toolbar">
        <ButtonAnchor
          size="small"
          variant="primary"
          href={positionChartUrl(agencyId, orgUnitId, layout, paper)}
          download
          data-testid="map-chart-pdf"
        >
          {t('positionMap.documents.chartPdf')}
        </ButtonAnchor>
        <ButtonAnchor
          size="small"
          href={staffingRecapUrl(agencyId, orgUnitId, 'xlsx')}
          download
          data-testid="map-recap-xlsx"
        >
          {t('positionMap.documents.recapXlsx')}
        </ButtonAnchor>
        <ButtonAnchor
          size="small"
          href={staffingRecapUrl(agencyId, orgUnitId, 'pdf')}
          download
          data-testid="map-recap-pdf"
        >
          {t('positionMap.documents.recapPdf')}
        </ButtonAnchor>
      </div>
    </Card>
  );
}
