/**
 * `skj evaluate BERKAS.json`: a job evaluation from a JSON of factor levels, without the database:
 * `{ "kind": "structural" | "functional", "levels": { "1": "1-3", … } }`. Prints the breakdown,
 * the job value and the grade; exit code 1 when the levels are invalid or outside every band.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { evaluateJob, evaluationKinds, kindNames } from '../domain/job-evaluation';

const input = z.strictObject({
  kind: z.enum(evaluationKinds),
  levels: z.record(z.string().min(1).max(4), z.string().min(1).max(8)),
});

export async function evaluateCommand(args: string[]): Promise<number> {
  const [file, ...extra] = args;
  if (!file || extra.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'Pemakaian: skj evaluate BERKAS.json (atau - untuk stdin)');
  }
  let text: string;
  try {
    text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    throw new DomainError('FILE_NOT_FOUND', `Berkas ${file} tidak dapat dibaca.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DomainError('INVALID_JSON', `Berkas ${file} bukan JSON yang sah.`);
  }
  const parsed = input.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError(
      'VALIDATION_FAILED',
      `Isi JSON tidak sesuai (${issue.path.join('.') || 'akar'}): harus { "kind": "structural"|"functional", "levels": { "faktor": "tingkat" } }.`,
    );
  }
  let result: ReturnType<typeof evaluateJob>;
  try {
    result = evaluateJob(parsed.data.kind, parsed.data.levels);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'INVALID_EVALUATION') {
      const problems = (error.details as { problems: { message: string }[] }).problems;
      for (const p of problems) console.error(`  - ${p.message}`);
    }
    throw error;
  }
  console.log(`Evaluasi jabatan ${kindNames[result.kind]}:`);
  for (const row of result.breakdown) {
    console.log(
      `  Faktor ${row.factor.padEnd(2)} ${row.level.padEnd(5)} ${String(row.points).padStart(5)}  ${row.name}`,
    );
  }
  console.log(`Nilai jabatan ${result.jobValue}, kelas jabatan ${result.jobGrade}.`);
  return 0;
}
