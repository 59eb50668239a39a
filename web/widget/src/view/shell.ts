import { h, show } from '../dom.ts';
import { styles } from '../styles.ts';
import { t } from '../text.ts';

const maxBodyLength = 4000;

/**
 * The widget's frame inside its shadow root: the launcher, and the panel with its header,
 * connection notice, the given middle sections (log, waiting, CSAT) and the composer. Enter
 * sends, Shift+Enter is a new line, Escape closes and returns focus to the launcher.
 *
 * @example
 *   const shell = new Shell(shadowRoot, [log.element], (body) => chat.send(body));
 */
export class Shell {
  readonly launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'baton-panel', 'data-testid': 'launcher' }, t.launcher);
  readonly panel = h('section', { id: 'baton-panel', class: 'panel', role: 'dialog', 'aria-label': t.title, hidden: true, 'data-testid': 'panel' });
  readonly #connection = h('p', { class: 'connection', role: 'status', hidden: true, 'data-testid': 'connection' }, t.reconnecting);
  readonly #composer = h('textarea', { id: 'baton-composer', rows: '2', maxlength: String(maxBodyLength), placeholder: t.placeholder, 'data-testid': 'composer' });
  readonly #send = h('button', { type: 'submit', 'data-testid': 'send' }, t.send);

  constructor(
    root: ShadowRoot,
    sections: HTMLElement[],
    private readonly send: (body: string) => void,
    private readonly opened: () => void = () => {},
  ) {
    const close = h('button', { type: 'button', class: 'close', 'aria-label': t.close, 'data-testid': 'close' }, '×');
    const composer = h('form', { class: 'composer' }, h('label', { class: 'sr', for: this.#composer.id }, t.composer), this.#composer, this.#send);
    this.panel.append(h('header', {}, h('h2', {}, t.heading), close), this.#connection, ...sections, composer);
    const frame = h('div', { class: 'root', lang: 'en', dir: 'ltr' }, this.launcher, this.panel);
    root.append(h('style', {}, styles), frame);

    this.launcher.addEventListener('click', () => this.setOpen(this.panel.hidden, true));
    close.addEventListener('click', () => this.#closeToLauncher());
    frame.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.panel.hidden) {
        event.preventDefault();
        this.#closeToLauncher();
      }
    });
    this.#composer.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        composer.requestSubmit();
      }
    });
    composer.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = this.#composer.value;
      if (!body.trim() || this.#composer.disabled) return;
      this.#composer.value = '';
      this.send(body);
    });
  }

  /** Open or close the panel; `focus` moves focus into it (to the composer) when opening. */
  setOpen(open: boolean, focus = false): void {
    if (open === !this.panel.hidden) return;
    this.launcher.setAttribute('aria-expanded', String(open));
    show(this.panel, open);
    if (open) {
      this.opened();
      // Start from the "opening" look and let the transition run (none with reduced motion).
      this.panel.classList.add('opening');
      void this.panel.offsetHeight;
      this.panel.classList.remove('opening');
      if (focus) (this.#composer.disabled ? this.panel.querySelector<HTMLElement>('.log') : this.#composer)?.focus();
    }
  }

  /** Show "Reconnecting…" while the realtime link is down. */
  setConnectionDown(down: boolean): void {
    show(this.#connection, down);
  }

  /** Allow writing, or not (a resolved conversation takes no more messages). */
  setComposerEnabled(enabled: boolean): void {
    this.#composer.disabled = !enabled;
    this.#send.disabled = !enabled;
    this.#composer.placeholder = enabled ? t.placeholder : t.closedPlaceholder;
  }

  #closeToLauncher(): void {
    this.setOpen(false);
    this.launcher.focus();
  }
}
