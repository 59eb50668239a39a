import type { LanguagePhrases } from '../languagePhrases.ts';
import { dutch } from './dutch.ts';
import { english } from './english.ts';
import { french } from './french.ts';
import { german } from './german.ts';
import { italian } from './italian.ts';
import { portuguese } from './portuguese.ts';
import { spanish } from './spanish.ts';

/**
 * Every language the detector reads. A turn is checked against all of them, so a customer who
 * mixes languages ("hello, quiero hablar con una persona") is still heard.
 *
 * @example
 *   languages.length // 7
 */
export const languages: readonly LanguagePhrases[] = [english, spanish, french, german, portuguese, italian, dutch];
