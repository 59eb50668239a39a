import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/errors.ts';
import { transition } from '../../src/core/stateMachine.ts';
import { conversationTable, type ConversationAction, type ConversationStatus } from '../../src/message/conversationMachine.ts';
import { handoffTable, type HandoffAction, type HandoffStatus } from '../../src/routing/handoffMachine.ts';
import { offerTable, type OfferAction, type OfferStatus } from '../../src/routing/offerMachine.ts';

/** Every (state, action) pair: the expected next state, or null where the move is refused. */
const conversationCases: [ConversationStatus, ConversationAction, ConversationStatus | null][] = [
  ['with_assistant', 'escalate', 'waiting_for_agent'],
  ['with_assistant', 'resolve', 'resolved'],
  ['with_assistant', 'assign', null],
  ['with_assistant', 'hand_back', null],
  ['with_assistant', 'return_to_assistant', null],
  ['waiting_for_agent', 'assign', 'with_agent'],
  ['waiting_for_agent', 'return_to_assistant', 'with_assistant'],
  ['waiting_for_agent', 'resolve', 'resolved'],
  ['waiting_for_agent', 'escalate', null],
  ['waiting_for_agent', 'hand_back', null],
  ['with_agent', 'hand_back', 'with_assistant'],
  ['with_agent', 'resolve', 'resolved'],
  ['with_agent', 'escalate', null],
  ['with_agent', 'assign', null],
  ['with_agent', 'return_to_assistant', null],
  ['with_agent', 'requeue', 'waiting_for_agent'],
  ['with_assistant', 'requeue', null],
  ['waiting_for_agent', 'requeue', null],
  ['resolved', 'requeue', null],
  ['resolved', 'escalate', null],
  ['resolved', 'assign', null],
  ['resolved', 'hand_back', null],
  ['resolved', 'resolve', null],
  ['resolved', 'return_to_assistant', null],
];

const handoffCases: [HandoffStatus, HandoffAction, HandoffStatus | null][] = [
  ['pending', 'offer', 'offered'],
  ['pending', 'claim', 'assigned'],
  ['pending', 'cancel', 'cancelled'],
  ['pending', 'accept', null],
  ['pending', 'complete', null],
  ['pending', 'requeue', null],
  ['offered', 'accept', 'assigned'],
  ['offered', 'requeue', 'pending'],
  ['offered', 'cancel', 'cancelled'],
  ['offered', 'offer', null],
  ['offered', 'claim', null],
  ['offered', 'complete', null],
  ['assigned', 'complete', 'completed'],
  ['assigned', 'requeue', 'pending'],
  ['assigned', 'cancel', 'cancelled'],
  ['assigned', 'accept', null],
  ['assigned', 'claim', null],
  ['assigned', 'offer', null],
  ...(['offer', 'accept', 'requeue', 'claim', 'complete', 'cancel'] as const).flatMap(
    (action) => [['completed', action, null], ['cancelled', action, null]] as [HandoffStatus, HandoffAction, null][],
  ),
];

describe('conversation state machine', () => {
  it.each(conversationCases)('%s --%s--> %s', (from, action, to) => {
    if (to === null) expect(() => transition(conversationTable, from, action)).toThrow(DomainError);
    else expect(transition(conversationTable, from, action)).toBe(to);
  });

  it('covers every status and action in the table', () => {
    expect(conversationCases).toHaveLength(Object.keys(conversationTable).length * 6);
  });
});

describe('handoff state machine', () => {
  it.each(handoffCases)('%s --%s--> %s', (from, action, to) => {
    if (to === null) {
      const error = (() => {
        try {
          transition(handoffTable, from, action);
        } catch (e) {
          return e as DomainError;
        }
      })();
      expect(error?.id).toBe('invalid_transition');
    } else expect(transition(handoffTable, from, action)).toBe(to);
  });

  it('covers every status and action', () => {
    expect(handoffCases).toHaveLength(Object.keys(handoffTable).length * 6);
  });
});

/** Every (state, action) pair of an offer: only `pending` moves, and each action to its own end. */
const offerActions: OfferAction[] = ['accept', 'decline', 'expire', 'rescind'];
const offerCases: [OfferStatus, OfferAction, OfferStatus | null][] = [
  ['pending', 'accept', 'accepted'],
  ['pending', 'decline', 'declined'],
  ['pending', 'expire', 'timed_out'],
  ['pending', 'rescind', 'rescinded'],
  ...(['accepted', 'declined', 'timed_out', 'rescinded'] as const).flatMap((from) => offerActions.map((action): [OfferStatus, OfferAction, null] => [from, action, null])),
];

describe('offer state machine', () => {
  it.each(offerCases)('%s --%s--> %s', (from, action, to) => {
    if (to === null) expect(() => transition(offerTable, from, action)).toThrow(DomainError);
    else expect(transition(offerTable, from, action)).toBe(to);
  });

  it('covers every status and action', () => {
    expect(offerCases).toHaveLength(Object.keys(offerTable).length * offerActions.length);
  });
});
