import { z } from 'zod';

/** Validation messages for people are Indonesian (zod's own `id` locale). */
export function setIndonesianValidationMessages(): void {
  z.config(z.locales.id());
}
