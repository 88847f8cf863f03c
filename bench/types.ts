/** Shapes shared by the benchmark runner (`index.ts`) and the benchmark modules. */

/** One labelled measurement, printed as a table row and written to the JSON results. */
export interface Figure {
  label: string;
  value: number;
  unit: string;
}

export interface BenchResult {
  figures: Figure[];
  /** Free-text remarks printed under the table (method, caveats, failures that are not fatal). */
  notes: string[];
  /** Raw samples behind the figures, kept for the JSON results only. */
  samples?: Record<string, number[]>;
}

/** What a benchmark module exports. */
export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<BenchResult>;
}
