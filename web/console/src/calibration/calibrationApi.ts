import { agentApi } from '../agentApi.ts';
import { request } from '../api.ts';
import type { Message } from '../types.ts';
import type { CalibrationItem, CalibrationReview, ReviewKind, ReviewMark } from './types.ts';

const enc = encodeURIComponent;
const pageSize = 100;

/**
 * The calibration review's calls (supervisors and admins; agents get 403). Each throws
 * `ApiError` on failure.
 *
 * @example
 *   const items = await calibrationApi.list(14);
 */
export const calibrationApi = {
  list: async (days: number) => (await request<{ items: CalibrationItem[] }>('GET', `/v1/agent/calibration?days=${enc(String(days))}`)).items,
  mark: async (handoffId: string, kind: ReviewKind, mark: ReviewMark, note: string) =>
    (await request<{ review: CalibrationReview }>('PUT', `/v1/agent/calibration/${enc(handoffId)}/${enc(kind)}`, note.trim() ? { mark, note } : { mark })).review,

  /** A conversation's whole transcript, oldest first, read a page at a time. */
  transcript: async (conversationId: string): Promise<Message[]> => {
    const messages: Message[] = [];
    for (;;) {
      const after = messages.at(-1)?.seq ?? 0;
      const page = await agentApi.messages(conversationId, after, pageSize);
      messages.push(...page.filter((m) => m.seq > after));
      if (page.length < pageSize || (messages.at(-1)?.seq ?? 0) === after) return messages;
    }
  },
};
