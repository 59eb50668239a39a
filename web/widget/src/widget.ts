import { customerApi } from './api.ts';
import { Chat, type ChatState } from './chat.ts';
import type { WidgetConfig } from './config.ts';
import { h } from './dom.ts';
import { CsatView, type CsatStage } from './view/csatView.ts';
import { EndView } from './view/endView.ts';
import { MessageLog } from './view/messageLog.ts';
import { Shell } from './view/shell.ts';
import { WaitingView } from './view/waitingView.ts';

/**
 * Mount the widget: a `<div id="baton-widget">` at the end of the body holding an open shadow
 * root (the host page's styles and scripts stay out), the views, and the chat behind them.
 *
 * @example
 *   mountWidget(document, { origin: 'https://baton.example', workspace: 'demo', startOpen: false });
 */
export function mountWidget(page: Document, config: WidgetConfig): void {
  // The views are made below; the chat renders into them only once `resume()` runs.
  const chat = new Chat(config, customerApi(config.origin), {
    render: (state) => render(state),
    connectionDown: (down) => shell.setConnectionDown(down),
  });
  const log = new MessageLog(page.documentElement.lang);
  const waiting = new WaitingView((request) => chat.continueBy(request));
  const csat = new CsatView({
    rate: (score, comment) => chat.rate(score, comment),
    restart: () => {
      chat.restart();
      waiting.reset();
      shell.setOpen(true, true);
    },
  });
  // Ended here: "How did we do?" takes the focus when it comes (the button that had it is gone).
  let ended = false;
  const end = new EndView(() => {
    ended = true;
    return chat.end().catch((error: unknown) => {
      ended = false;
      throw error;
    });
  });
  const host = h('div', { id: 'baton-widget' });
  const shell = new Shell(host.attachShadow({ mode: 'open' }), [log.element, waiting.element, csat.element, end.element], (body) => chat.send(body), () => chat.opened());
  let csatStage: CsatStage = 'none';
  let shown = 0;
  const render = (state: ChatState) => {
    // Measured before the sections below the log grow, which shrinks the log.
    const follow = log.nearEnd();
    const items = state.store.items();
    log.sync(items);
    waiting.update(state.status, state.waiting);
    end.update(state.status);
    if (state.csat !== csatStage) {
      csat.show((csatStage = state.csat), ended);
      ended &&= state.csat === 'none';
    }
    shell.setComposerEnabled(state.status !== 'resolved');
    // The customer's own new message always comes into view.
    const wrote = items.length > shown && items.at(-1)?.authorKind === 'customer';
    shown = items.length;
    if (follow || wrote) log.scrollToEnd();
  };
  page.body.append(host);
  chat.resume();
  if (config.startOpen) shell.setOpen(true);
}
