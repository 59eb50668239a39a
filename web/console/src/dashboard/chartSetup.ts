import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

// Only what the dashboard draws: lines, bars and one doughnut, on category and linear scales.
Chart.register(LineController, LineElement, PointElement, Filler, BarController, BarElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Tooltip, Legend);

Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
Chart.defaults.font.size = 12;
Chart.defaults.color = '#545d6d';
Chart.defaults.borderColor = '#e6e9ee';
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.plugins.legend.labels.boxWidth = 12;
Chart.defaults.plugins.legend.labels.boxHeight = 12;
Chart.defaults.plugins.tooltip.backgroundColor = '#1b2230';
Chart.defaults.plugins.tooltip.padding = 8;
Chart.defaults.plugins.tooltip.cornerRadius = 6;

/** The dashboard's chart colours, each readable beside the others and on white. */
export const palette = {
  primary: '#2449c2',
  primarySoft: 'rgba(36, 73, 194, 0.12)',
  teal: '#0f7b6c',
  amber: '#b7791f',
  grey: '#8a93a3',
  danger: '#c0392b',
  violet: '#6b46c1',
};

export { Chart };
