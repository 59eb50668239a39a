/**
 * One section of docs/EVALUATION.md. Each evaluation module exports an async function that
 * reads ../shared/datasets (path from `datasetsDir`), measures, and returns its section.
 */
export interface EvalSection {
  /** Section heading, e.g. "Intent: CLINC150". */
  title: string;
  /** Markdown body: how the figure was obtained (data file and split, what was tuned on
   * which split), a table of figures, and the published figures to compare with. */
  markdown: string;
  /** Headline figures for the summary table: name → value (percent or ms), with target. */
  figures: { name: string; value: string; target?: string; met?: boolean }[];
}

/** Where the public evaluation data lives (never copied into the project). */
export const datasetsDir = new URL('../../../shared/datasets/', import.meta.url).pathname;
