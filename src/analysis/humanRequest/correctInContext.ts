import { contextKeywords, contextNearMisses, keywords, nearMisses, personWords } from './keywords.ts';
import { withinOneEdit } from './withinOneEdit.ts';

const persons = new Set(personWords);
const asWritten = new Set([...contextNearMisses, ...nearMisses, ...keywords]);

/**
 * A typo of a key word too near ordinary words to correct alone, read from the word after it:
 * one edit from "live" or "real" before a person word ("a lpive agent"), one edit from "talk"
 * or "chat" before "to" or "with" ("cat with a person"). Real words stay as written ("five
 * agents", "give someone"). `word` is as `correctToken` left it and `next` is the word after it.
 *
 * @example
 *   correctInContext('lpive', 'agent') // 'live'
 *   correctInContext('cat', 'with') // 'chat'
 *   correctInContext('five', 'agents') // undefined
 *   correctInContext('lpive', 'music') // undefined
 */
export function correctInContext(word: string, next: string | undefined): string | undefined {
  if (next === undefined || word.length < 3 || word.length > 5) return undefined;
  const meant = persons.has(next) ? contextKeywords.beforePerson : next === 'to' || next === 'with' ? contextKeywords.beforePreposition : undefined;
  if (meant === undefined || asWritten.has(word)) return undefined;
  for (const candidate of meant) if (withinOneEdit(word, candidate)) return candidate;
  return undefined;
}
