/**
 * Retirement (pensiun) of a civil servant: the pension age (batas usia pensiun) of their job
 * level from the policy (PP 11/2017 art. 239: 58 for administration, pelaksana, JF ahli muda,
 * ahli pertama and keterampilan; 60 for JPT and JF ahli madya; 65 for JF ahli utama), and the
 * retirement date: the first day of the month after the month in which that age is reached. The
 * birth date is the NIP's. Pure; dates are ISO `YYYY-MM-DD` strings (calendar days, no time zone).
 */
import type { TalentPolicy } from './talent-policy';

export interface PensionAge {
  age: number;
  /** The job level is unknown (no position): the policy's default age was used. */
  assumed: boolean;
}

export function pensionAgeFor(jobLevel: string | null, policy: TalentPolicy): PensionAge {
  const age = jobLevel ? policy.pensionAges[jobLevel] : undefined;
  return age === undefined ? { age: policy.defaultPensionAge, assumed: true } : { age, assumed: false };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First day of the month after the birthday month in the year the person turns `age`. */
export function retirementDate(birthDate: string, age: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) throw new Error(`retirementDate: not an ISO date: ${birthDate}`);
  const year = Number(match[1]) + age;
  const month = Number(match[2]);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
}

/** `date` plus whole years (29 February falls back to 28 February). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${pad(m)}-${pad(Math.min(d, last))}`;
}

export const forecastHorizons = [1, 2, 5] as const;

/**
 * Within how many of the horizons (1, 2, 5 years from `today`) a retirement falls: the smallest
 * horizon whose end is after the retirement date, 0 when it is already past (retired, record not
 * yet updated), null when beyond the largest.
 */
export function retirementHorizon(retiresOn: string, today: string): number | null {
  if (retiresOn <= today) return 0;
  for (const years of forecastHorizons) if (retiresOn <= addYears(today, years)) return years;
  return null;
}
