/**
 * `checkStandard` per standard, pure (no I/O): the seed 001 example (15 competency rows) under
 * the default policy, many iterations, µs per call.
 */
import { defaultPolicies } from '../src/domain/job-standard-policy';
import { checkStandard } from '../src/domain/job-standard-rules';
import { seed001Standard } from '../src/domain/job-standard-test-factory';
import type { BenchResult } from './types';

export const name = 'check-standard';
export const description = 'checkStandard on the seed 001 example standard (pure domain, µs per call)';

export async function run(): Promise<BenchResult> {
  const standard = seed001Standard();
  const policy = defaultPolicies['bimtek-magetan'];
  const context = { agencyKind: 'city' as const };
  for (let i = 0; i < 5_000; i++) checkStandard(standard, policy, context);
  const iterations = 100_000;
  const started = performance.now();
  let findings = 0;
  for (let i = 0; i < iterations; i++) findings += checkStandard(standard, policy, context).length;
  const ms = performance.now() - started;
  return {
    figures: [
      { label: 'iterations', value: iterations, unit: 'calls' },
      { label: 'time per checkStandard', value: (ms * 1000) / iterations, unit: 'µs' },
      { label: 'findings per call', value: findings / iterations, unit: 'findings' },
    ],
    notes: ['15 competency rows (8 managerial, 1 socio-cultural, 6 technical), policy bimtek-magetan.'],
  };
}
