import { readConfig } from './config.ts';
import { mountWidget } from './widget.ts';

// Read while this script runs: `document.currentScript` is only set during that time.
const script = document.currentScript;

function boot(): void {
  if (document.getElementById('baton-widget')) return; // embedded twice: one widget is enough
  const config = readConfig(script ?? document.querySelector('script[data-workspace]'), location.origin);
  if (config) mountWidget(document, config);
}

if (document.body) boot();
else document.addEventListener('DOMContentLoaded', boot, { once: true });
