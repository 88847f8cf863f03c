/**
 * The agency's standard policy (Kebijakan SKJ): RCL pattern, technical count, weights, mandatory
 * competencies, managerial levels and rank ranges, on top of a named base policy.
 */

import type { z } from 'zod';
import type {
  standardPolicy,
  standardPolicyBody,
  standardPolicyOverride,
  standardPolicyResponse,
  standardPolicySettings,
} from '../../../api/catalog/schema';
import { request } from '../../shared/api/request';

export type StandardPolicy = z.infer<typeof standardPolicy>;
/** Per job level code; a job level without a row has no pattern yet ("belum tersedia"). */
export type LevelDistributionRule = StandardPolicy['levelDistributionRules'][string];
export type CompetencyWeights = StandardPolicy['competencyWeights'][string];
export type MandatoryTechnical = StandardPolicy['mandatoryTechnical'][number];

/** What the agency admin overrides on top of the base policy; merged per job level, field by field. */
export type StandardPolicyOverride = z.input<typeof standardPolicyOverride>;

/** The agency's base, saved override, effective policy, the base policies and what the reader may do. */
export type StandardPolicySetting = z.infer<typeof standardPolicySettings>;

export function getStandardPolicy(agencyId: string): Promise<StandardPolicySetting> {
  return request<StandardPolicySetting>(`/agencies/${encodeURIComponent(agencyId)}/standard-policy`);
}

/** Fails with 422 INVALID_POLICY (details.issues) or UNKNOWN_POLICY, 403 for non-admins. */
export function saveStandardPolicy(
  agencyId: string,
  input: z.input<typeof standardPolicyBody>,
): Promise<z.infer<typeof standardPolicyResponse>> {
  return request(`/agencies/${encodeURIComponent(agencyId)}/standard-policy`, { method: 'PUT', body: input });
}
