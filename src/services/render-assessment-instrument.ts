/**
 * Printable assessment instruments of one standard version (DOCX or PDF): the 360° questionnaire
 * and the behavioural-event interview guide, built from its behaviour indicators. Visible exactly
 * when the standard is; a version not yet ratified prints with the DRAFT watermark.
 */
import { eq } from 'drizzle-orm';
import { agencies } from '../db/schema';
import type { InstrumentInput } from '../documents/instrument-outline';
import type { ServiceContext } from './context';
import { documentFileName } from './document-files';
import { contentTypes, type DocumentFormat } from './document-formats';
import { loadVisibleStandard } from './job-standard-access';
import { questionnaireOf } from './multi-rater-questionnaire';

export const instrumentKinds = ['questionnaire', 'interview-guide'] as const;
export type InstrumentKind = (typeof instrumentKinds)[number];

export async function renderAssessmentInstrument(
  ctx: ServiceContext,
  standardId: string,
  kind: InstrumentKind,
  format: DocumentFormat,
) {
  const standard = await loadVisibleStandard(ctx.db, ctx.actor, standardId);
  const [agency] = await ctx.db
    .select({ name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, standard.agencyId));
  const input: InstrumentInput = {
    meta: {
      agencyName: agency?.name ?? '',
      version: standard.version,
      status: standard.status,
      ratifiedAt: standard.ratifiedAt,
      positionCode: standard.positionCode,
      generatedAt: new Date(),
      positionName: standard.positionName,
      jobLevel: standard.jobLevel,
    },
    items: await questionnaireOf(ctx.db, standardId),
  };
  let bytes: Buffer;
  if (kind === 'questionnaire') {
    bytes =
      format === 'pdf'
        ? await (await import('../documents/pdf-instruments')).renderQuestionnairePdf(input)
        : await (await import('../documents/docx-instruments')).renderQuestionnaireDocx(input);
  } else {
    bytes =
      format === 'pdf'
        ? await (await import('../documents/pdf-instruments')).renderInterviewGuidePdf(input)
        : await (await import('../documents/docx-instruments')).renderInterviewGuideDocx(input);
  }
  const prefix = kind === 'questionnaire' ? 'Kuesioner-360' : 'Panduan-Wawancara-Perilaku';
  return {
    bytes,
    fileName: documentFileName([prefix, standard.positionName, `v${standard.version}`], format),
    contentType: contentTypes[format],
  };
}
