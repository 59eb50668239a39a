import { beforeAll, describe, expect, it } from 'vitest';
import { identifyLanguage } from '../../src/analysis/language/identifyLanguage.ts';
import type { LanguageModel } from '../../src/analysis/language/languageModel.ts';
import { loadFastTextLanguageModel } from '../../src/analysis/language/loadFastTextLanguageModel.ts';

describe('identifyLanguage with fastText lid.176', () => {
  let model: LanguageModel;
  beforeAll(async () => {
    model = await loadFastTextLanguageModel();
  });

  it.each([
    [['quiero hablar con una persona'], 'es'],
    [['je voudrais parler à quelqu’un'], 'fr'],
    [['ich brauche Hilfe mit meiner Rechnung'], 'de'],
    [['preciso de ajuda com o meu pedido'], 'pt'],
    [['ho bisogno di aiuto con il mio ordine'], 'it'],
    [['ik heb hulp nodig met mijn bestelling'], 'nl'],
    [['where is my order #8821?'], 'en'],
  ])('%j → %s', (texts, language) => {
    expect(identifyLanguage(model, texts).language).toBe(language);
  });

  it('reads short replies in the light of the conversation so far', () => {
    expect(identifyLanguage(model, ['mi pedido no ha llegado todavía', 'no', 'ok']).language).toBe('es');
  });

  it('falls back when there is nothing to read', () => {
    expect(identifyLanguage(model, ['12345', '!!!', '😀'], 'fr')).toEqual({ language: 'fr', confidence: 0 });
    expect(identifyLanguage(model, [], 'en').language).toBe('en');
  });

  it('never throws on hostile input', () => {
    for (const text of ['\u0000\u0007', '\uD800', 'x'.repeat(100_000), 'مرحبا كيف حالك', '\u202Eabc']) {
      expect(() => identifyLanguage(model, [text])).not.toThrow();
    }
  });
});
