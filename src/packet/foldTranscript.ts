import type { Message } from '../message/types.ts';
import type { HandoffPacket, Speaker, TranscriptLine } from './types.ts';

/** Up to this many lines a transcript is shown whole. */
const wholeUpTo = 20;
/** A longer one shows its opening lines and its latest lines in full, folding the middle. */
const openingLines = 2;
const latestLines = 12;

/**
 * The readable transcript: speaker, time and text of each message, with the middle of a long
 * conversation folded so the agent reads how it started and how it is going.
 *
 * @example
 *   foldTranscript(messages).folded // { count: 16, fromSeq: 3, toSeq: 18 } for 30 messages
 */
export function foldTranscript(messages: readonly Message[]): HandoffPacket['transcript'] {
  const lines = messages.map(toLine);
  if (lines.length <= wholeUpTo) return { lines, folded: null, total: lines.length };
  const hidden = lines.slice(openingLines, lines.length - latestLines);
  return {
    lines: [...lines.slice(0, openingLines), ...lines.slice(-latestLines)],
    folded: { count: hidden.length, fromSeq: hidden[0]!.seq, toSeq: hidden.at(-1)!.seq },
    total: lines.length,
  };
}

function toLine(message: Message): TranscriptLine {
  return { seq: message.seq, speaker: message.authorKind as Speaker, at: message.createdAt.toISOString(), text: message.body };
}
