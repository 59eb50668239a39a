import type { JSX } from 'react';
import { LiveQueues } from './LiveQueues.tsx';
import { PolicyEditor } from './PolicyEditor.tsx';
import { RoutingEditor } from './RoutingEditor.tsx';
import { TemplatesEditor } from './TemplatesEditor.tsx';
import type { SupervisorMe } from './types.ts';
import './supervisor.css';

const sections = [
  { id: 'sv-queues', title: 'Live queues' },
  { id: 'sv-policy', title: 'Escalation policy' },
  { id: 'sv-templates', title: 'Handoff message' },
  { id: 'sv-routing', title: 'Offers' },
] as const;

/** Move to a section: scroll it into view and put focus on its heading (for keyboard and screen reader users). */
function goTo(id: string) {
  const heading = document.getElementById(`${id}-title`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

/** A section of the view with its heading, reachable from the view's own navigation. */
function Section(props: { id: (typeof sections)[number]['id']; intro?: string; children: JSX.Element }) {
  const title = sections.find((s) => s.id === props.id)?.title;
  return (
    <section className="sv-section" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h3 id={`${props.id}-title`} tabIndex={-1}>{title}</h3>
      {props.intro && <p className="sv-intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}

/**
 * The supervisor view: the live queues and agents' load, and the workspace settings a
 * support team tunes (escalation policy, warm handoff message, offers). Agents (role `agent`)
 * see the settings read-only; the server refuses their changes anyway.
 *
 * @example
 *   <SupervisorView me={agent} queueTick={inbox.queueTick} />
 */
export function SupervisorView(props: { me: SupervisorMe; queueTick: number }): JSX.Element {
  const canEdit = props.me.role === 'supervisor' || props.me.role === 'admin';
  return (
    <div className="sv" data-testid="supervisor">
      <div className="sv-top">
        <h2>Supervisor</h2>
        <nav aria-label="Supervisor sections">
          <ul className="sv-nav">
            {sections.map((s) => (
              <li key={s.id}>
                <button type="button" className="sv-secondary" onClick={() => goTo(s.id)}>{s.title}</button>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <Section id="sv-queues">
        <LiveQueues queueTick={props.queueTick} canWatch={canEdit} />
      </Section>
      <Section id="sv-policy" intro="When the assistant hands a customer to a person. A change applies from the next customer message.">
        <PolicyEditor canEdit={canEdit} />
      </Section>
      <Section id="sv-templates" intro="What the customer reads when the assistant hands over, in their language. A change applies from the next handoff.">
        <TemplatesEditor canEdit={canEdit} />
      </Section>
      <Section id="sv-routing" intro="How a waiting handoff is offered to agents. A change applies from the next routing pass.">
        <RoutingEditor canEdit={canEdit} />
      </Section>
    </div>
  );
}
