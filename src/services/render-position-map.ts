/** The position map as a chart PDF, and the Rekapitulasi Kelas Jabatan dan Persediaan Pegawai (Excel, PDF). */

import { letterhead } from '../documents/official-outline';
import type { ChartLayout, ChartPaper } from '../documents/position-chart-options';
import { staffingRecap } from '../domain/position-map';
import type { ServiceContext } from './context';
import { documentFileName } from './document-files';
import { loadAgencyIdentity } from './manage-agency-identity';
import { getPositionMap } from './position-map';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function mapWithScope(ctx: ServiceContext, agencyId: string, orgUnitId: string | undefined) {
  const map = await getPositionMap(ctx, agencyId, orgUnitId, 'exportMap');
  const identity = await loadAgencyIdentity(ctx.db, agencyId);
  const scopeName = orgUnitId ? (map.units[0]?.name ?? null) : null;
  return { map, identity, scopeName };
}

export async function renderPositionChart(
  ctx: ServiceContext,
  agencyId: string,
  options: { orgUnitId?: string | undefined; layout: ChartLayout; paper: ChartPaper },
) {
  const { map, identity, scopeName } = await mapWithScope(ctx, agencyId, options.orgUnitId);
  const { renderPositionChartPdf } = await import('../documents/pdf-position-map');
  const report = await renderPositionChartPdf({
    agencyName: identity.officialName,
    scopeName,
    letterhead: letterhead(identity),
    units: map.units,
    layout: options.layout,
    paper: options.paper,
    generatedAt: new Date(),
  });
  return {
    bytes: report.bytes,
    fileName: documentFileName(
      ['Peta-Jabatan', map.agency.code, scopeName, options.layout, options.paper],
      'pdf',
    ),
    contentType: 'application/pdf',
  };
}

export async function renderStaffingRecap(
  ctx: ServiceContext,
  agencyId: string,
  format: 'xlsx' | 'pdf',
  orgUnitId: string | undefined,
) {
  const { map, identity, scopeName } = await mapWithScope(ctx, agencyId, orgUnitId);
  const recap = staffingRecap(map.units);
  const fileName = documentFileName(['Rekapitulasi-Kelas-Jabatan', map.agency.code, scopeName], format);
  if (format === 'xlsx') {
    const { staffingRecapWorkbook } = await import('../exports/staffing-recap-xlsx');
    const bytes = await staffingRecapWorkbook({ agencyName: identity.officialName, scopeName, ...recap });
    return { bytes, fileName, contentType: xlsxType };
  }
  const { renderStaffingRecapPdf } = await import('../documents/pdf-position-map');
  const report = await renderStaffingRecapPdf({
    agencyName: identity.officialName,
    scopeName,
    letterhead: letterhead(identity),
    ...recap,
    generatedAt: new Date(),
  });
  return { bytes: report.bytes, fileName, contentType: 'application/pdf' };
}
