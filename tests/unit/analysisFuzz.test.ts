import { beforeAll, describe, expect, it } from 'vitest';
import type { Analyzers } from '../../src/analysis/analyzeConversation.ts';
import { assessConversation } from '../../src/assess/assessConversation.ts';
import { defaultPolicy } from '../../src/policy/escalationPolicy.ts';
import { testAnalyzers } from '../helpers/fixtures.ts';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pools = [
  'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ .,!?\'"-',
  '0123456789 .,-+ $€£¥%#/:e',
  '😀😡🤬👍🔥💳🧾🇪🇸👩‍👩‍👧',
  'مرحبا كيف حالك שלום ‏‎‪‫‬‭‮',
  '\u0000\u0001\u0007\u0008\u001b\u007f\u200b\u200d\ufeff\n\r\t',
  '\ud800\udbff\udc00\udfff',
  'ßçñãéèüöäøåæœ ЖЩЮЯ 中文字 ひらがな',
];
const words = ['charged', 'twice', 'refund', 'lawyer', 'human', 'agent', 'smoke', 'blind', 'order', '#8821', '$450', '129,99 EUR', 'two hundred dollars', 'not', "don't", 'STILL', 'useless', '!!!'];

function generate(next: () => number): string {
  const length = next() < 0.01 ? 100_000 : Math.floor(next() * 300);
  let text = '';
  while (text.length < length) {
    if (next() < 0.3) text += `${words[Math.floor(next() * words.length)]} `;
    else {
      const pool = pools[Math.floor(next() * pools.length)]!;
      text += pool[Math.floor(next() * pool.length)];
    }
  }
  return text;
}

describe('analysis never throws', () => {
  let analyzers: Analyzers;
  beforeAll(async () => {
    analyzers = await testAnalyzers();
  });

  it('on 3,000 generated strings through the whole analysis and policy', () => {
    const next = random(20261124);
    for (let i = 0; i < 600; i++) {
      const turns = Array.from({ length: 5 }, (_, j) => (j % 2 === 0 ? { role: 'customer', text: generate(next) } : { role: 'bot', text: generate(next), confidence: next() }));
      const result = assessConversation(JSON.stringify({ id: i, turns }), analyzers, defaultPolicy);
      expect(result, `conversation ${i}`).not.toHaveProperty('error');
    }
  });
});
