/** The agency's assessment sessions, newest first, one page at a time. */
import { pageAssessments } from '../db/repositories/assessment-repository';
import { talentPolicy } from '../policies/civil-servant';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { decodeCursor, type PageRequest, toPage } from './paging';

export async function listAssessments(
  ctx: ServiceContext,
  agencyId: string,
  params: PageRequest & { nip?: string | undefined },
) {
  talentPolicy.authorize(ctx.actor, 'readTalent', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const sort = 'assessments:newest';
  const after = decodeCursor(params.cursor, sort, 'ss');
  const rows = await pageAssessments(ctx.db, agencyId, { nip: params.nip, after, limit: params.limit });
  return toPage(
    rows,
    params.limit,
    sort,
    (row) => [row.assessed_on, row.id],
    (row) => ({
      id: row.id,
      civilServant: { nip: row.nip, name: row.name },
      assessedOn: row.assessed_on,
      assessor: row.assessor,
      institution: row.institution,
      scoreCount: row.scores,
    }),
  );
}
