/**
 * The metrics report as `GET /v1/agent/metrics` answers it. Types only: the dashboard never
 * bundles the server's code, it reads the same shape.
 */
import type { MetricsReport } from '../../../../src/metrics/computeMetrics.ts';

export type { CsatFigure, HandoffFigures, MetricsReport } from '../../../../src/metrics/computeMetrics.ts';

/** The report plus `capped`: the period held more conversations than one report reads. */
export type DashboardReport = MetricsReport & { capped?: boolean };

