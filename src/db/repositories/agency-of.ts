/**
 * The agency of a parent record, for the `agency_id` its child rows carry (ADR 0023: every
 * agency-owned row names its agency, the distribution key of a sharded database). Read in the
 * insert itself, so a child never disagrees with its parent.
 */
import { type SQL, sql } from 'drizzle-orm';

const parentOf = (table: string) => (id: string) =>
  sql<string>`(select agency_id from ${sql.identifier(table)} where id = ${id})` as SQL<string>;

export const agencyOf = {
  jobStandard: parentOf('job_standards'),
  draftingCampaign: parentOf('drafting_campaigns'),
  jobDescription: parentOf('job_descriptions'),
};
