import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ChartData, ChartOptions, ChartType } from 'chart.js';
import { Chart as ChartJS } from './chartSetup.ts';

const reducedMotionQuery = '(prefers-reduced-motion: reduce)';

/** Whether the person asked for less motion; follows the setting while the page is open. */
function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => typeof matchMedia === 'function' && matchMedia(reducedMotionQuery).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(reducedMotionQuery);
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

const withMotion = <T extends ChartType>(options: ChartOptions<T>, reduced: boolean): ChartOptions<T> =>
  reduced ? ({ ...options, animation: false } as ChartOptions<T>) : options;

/**
 * One Chart.js chart on a canvas: made on mount, given new data and options when they change,
 * destroyed on unmount. The canvas is an image to assistive technology, named by `label`; the
 * figures themselves go in a text alternative beside it (`children`, e.g. a visually hidden
 * table). Animation is off for anyone who prefers reduced motion.
 *
 * @example
 *   <Chart type="bar" data={data} options={options} label="CSAT by kind of conversation: …" testId="chart-csat" />
 */
export function Chart<T extends ChartType>(props: { type: T; data: ChartData<T>; options: ChartOptions<T>; label: string; testId: string; size?: 'short' | 'tall'; children?: ReactNode }) {
  const { type, data, options } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartJS<T> | null>(null);
  // Just made with the current data: the first update would only repeat it.
  const fresh = useRef(false);
  const reduced = useReducedMotion();
  // The latest config, read when the chart is made (the update effect below handles changes).
  const latest = useRef({ data, options, reduced });
  latest.current = { data, options, reduced };

  useEffect(() => {
    const { data: first, options: firstOptions, reduced: still } = latest.current;
    const made = new ChartJS<T>(canvas.current!, { type, data: first, options: withMotion(firstOptions, still) });
    chart.current = made;
    fresh.current = true;
    return () => {
      made.destroy();
      chart.current = null;
    };
  }, [type]);

  useEffect(() => {
    const current = chart.current;
    if (!current || fresh.current) {
      fresh.current = false;
      return;
    }
    current.data = data;
    current.options = withMotion(options, reduced);
    current.update();
  }, [data, options, reduced]);

  return (
    <figure className="db-chart" data-testid={props.testId}>
      <div className={`db-chart-box db-chart-${props.size ?? 'short'}`}>
        <canvas ref={canvas} role="img" aria-label={props.label} />
      </div>
      {props.children}
    </figure>
  );
}
