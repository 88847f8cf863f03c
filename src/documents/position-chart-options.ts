/**
 * The choices of the position chart PDF, apart from its writer so the API validates them without
 * loading pdfmake at start.
 */
export const chartLayouts = ['vertical', 'horizontal'] as const;
export type ChartLayout = (typeof chartLayouts)[number];
export const chartPapers = ['A3', 'A4'] as const;
export type ChartPaper = (typeof chartPapers)[number];
