import { describe, expect, it } from 'vitest';
import { detectTopics } from '../../src/analysis/detectTopics.ts';
import { extractEntities } from '../../src/analysis/extractEntities.ts';
import { extractMoney } from '../../src/analysis/extractMoney.ts';
import { legal } from '../../src/analysis/topics/legal.ts';
import type { Topic } from '../../src/analysis/types.ts';

const topicsOf = (text: string): Topic[] => detectTopics(text).map((match) => match.topic);

describe('detectTopics', () => {
  it('reads the examples from the issue', () => {
    expect(detectTopics('I was charged twice for order #8821, $89.99 billed twice on Nov 1')).toEqual([
      { topic: 'billing_dispute', evidence: 'charged twice', amount: { amount: 89.99, currency: 'USD', text: '$89.99' } },
    ]);
    expect(detectTopics("there's smoke coming out of the charger")).toEqual([{ topic: 'safety', evidence: 'smoke' }]);
    expect(detectTopics("I'm blind and your captcha is impossible")).toEqual([{ topic: 'accessibility', evidence: 'blind' }]);
    expect(detectTopics('my lawyer will be in touch')).toEqual([{ topic: 'legal', evidence: 'lawyer' }]);
    expect(detectTopics('I cancelled last month but you still charged me 129.99 EUR')).toEqual([
      {
        topic: 'billing_dispute',
        evidence: 'cancelled last month but you still charged',
        amount: { amount: 129.99, currency: 'EUR', text: '129.99 EUR' },
      },
    ]);
  });

  it.each<[string, Topic, string]>([
    ['you double charged me for the same subscription', 'billing_dispute', 'double charged'],
    ['There is a duplicate charge on my statement', 'billing_dispute', 'duplicate charge'],
    ['why was I billed twice this month??', 'billing_dispute', 'billed twice'],
    ['you charged me again after I closed the account!', 'billing_dispute', 'charged me again'],
    ['I see an unauthorized transaction from your company', 'billing_dispute', 'unauthorized transaction'],
    ['I never authorised this payment', 'billing_dispute', 'never authorised'],
    ["I don't recognize this charge", 'billing_dispute', "don't recognize this charge"],
    ['you charged the wrong amount', 'billing_dispute', 'charged the wrong amount'],
    ['I have been overcharged again', 'billing_dispute', 'overcharged'],
    ['you charged me too much for shipping', 'billing_dispute', 'charged me too much'],
    ['I keep getting charged even after closing the account', 'billing_dispute', 'keep getting charged'],
    ['I was charged after I cancelled', 'billing_dispute', 'charged after I cancelled'],
    ['I want to dispute a $450 charge from last week', 'billing_dispute', 'dispute a $450 charge'],
    ['I will file a chargeback with my bank', 'billing_dispute', 'chargeback'],
    ['I was charged $50 instead of $30', 'billing_dispute', 'charged $50 instead of'],
    ['You took money from my account without permission', 'billing_dispute', 'took money from my account without permission'],
    ['you auto-renewed me without asking', 'billing_dispute', 'auto-renewed me without asking'],
    ["I've been charged 3 times for the same order", 'billing_dispute', 'charged 3 times'],
    ["there is a charge I didn't make", 'billing_dispute', "charge I didn't make"],
    ['the amount on my statement is wrong', 'billing_dispute', 'amount on my statement is wrong'],
    ['I was charged the full price even though I had a coupon', 'billing_dispute', 'charged the full price even though'],
    ['I cancelled on the 3rd and was still billed on the 5th', 'billing_dispute', 'cancelled on the 3rd and was still billed'],
    ['the payment went through twice', 'billing_dispute', 'payment went through twice'],
    ['my bank flagged a suspicious charge from you', 'billing_dispute', 'suspicious charge'],
    ["I got billed for a subscription I didn't sign up for", 'billing_dispute', "billed for a subscription I didn't sign up for"],
    ['I see two charges of $19.99 on my card', 'billing_dispute', 'two charges'],
    ['Me cobraron dos veces el pedido', 'billing_dispute', 'Me cobraron dos veces'],
    ["J'ai été débité deux fois", 'billing_dispute', 'débité deux fois'],
    ['Mir wurde doppelt abgebucht', 'billing_dispute', 'doppelt abgebucht'],
    ['Fui cobrado duas vezes', 'billing_dispute', 'cobrado duas vezes'],
    ['Mi avete addebitato due volte', 'billing_dispute', 'addebitato due volte'],
    ['Er is dubbel afgeschreven', 'billing_dispute', 'dubbel afgeschreven'],
    ['my attorney is reviewing this', 'legal', 'attorney'],
    ['I will sue you for this', 'legal', 'will sue'],
    ["I'm going to sue your company", 'legal', 'going to sue'],
    ['they were sued for this before', 'legal', 'sued'],
    ["we're taking legal action", 'legal', 'legal action'],
    ['see you in court', 'legal', 'see you in court'],
    ["I'm reporting you to the regulator", 'legal', 'regulator'],
    ['I have already complained to the ombudsman', 'legal', 'ombudsman'],
    ['I will report this to the FTC', 'legal', 'report this to the FTC'],
    ['hablaré con mi abogado', 'legal', 'abogado'],
    ['je vais porter plainte', 'legal', 'porter plainte'],
    ['Mein Anwalt meldet sich', 'legal', 'Anwalt'],
    ['I got a court summons', 'legal', 'court summons'],
    ["I'm contacting the BBB", 'legal', 'BBB'],
    ["I'll take this to small claims", 'legal', 'small claims'],
    ['I use a screen reader and the form does not work', 'accessibility', 'screen reader'],
    ['NVDA reads nothing on the checkout page', 'accessibility', 'NVDA'],
    ["I'm deaf so I can't call your phone line", 'accessibility', 'deaf'],
    ['I am hard of hearing', 'accessibility', 'hard of hearing'],
    ["I can't solve the captcha, I use a screen reader", 'accessibility', "can't solve the captcha"],
    ['do you have the letter in large print?', 'accessibility', 'large print'],
    ['I am visually impaired', 'accessibility', 'visually impaired'],
    ['soy ciega y no puedo leer la pantalla', 'accessibility', 'ciega'],
    ['je suis malvoyant', 'accessibility', 'malvoyant'],
    ['the charger is sparking', 'safety', 'sparking'],
    ['I smell gas near the boiler you installed', 'safety', 'smell gas'],
    ['the battery is swelling and hot', 'safety', 'battery is swelling'],
    ['your driver threatened me', 'safety', 'threatened'],
    ['I feel unsafe with the technician coming back', 'safety', 'feel unsafe'],
    ['my son got an electric shock from the lamp', 'safety', 'electric shock'],
    ['the heater caught fire last night', 'safety', 'caught fire'],
    ['my husband fell off the ladder you sold us and broke his arm', 'safety', 'broke his arm'],
    ['someone is stalking me using your app', 'safety', 'stalking'],
    ["I don't want to live anymore", 'safety', "don't want to live anymore"],
    ['I cut my hand and it is bleeding', 'safety', 'bleeding'],
    ["I'm not suicidal but I can't take this anymore", 'safety', 'suicidal'],
    ['sometimes I think about self-harm', 'safety', 'self-harm'],
    ['sale humo del cargador', 'safety', 'humo'],
    ['Es kommt Rauch aus dem Gerät', 'safety', 'Rauch'],
    ['Huele a gas en la cocina', 'safety', 'Huele a gas'],
    ['Il y a de la fumée qui sort du chargeur', 'safety', 'fumée'],
    ['my phone smells like burning plastic', 'safety', 'smells like burning'],
    ['the smoke alarm went off, there is smoke everywhere', 'safety', 'smoke'],
    ['Je suis aveugle et je ne peux pas passer le captcha', 'accessibility', 'aveugle'],
    ['Ik ben doof', 'accessibility', 'doof'],
  ])('finds %j', (text, topic, evidence) => {
    expect(detectTopics(text)).toContainEqual(expect.objectContaining({ topic, evidence }));
  });

  it.each([
    'how do I download my billing history',
    'billed monthly, I never made a payment late',
    'where can I update my billing address?',
    'will I be charged twice if I upgrade mid-month?',
    'if I cancel today, am I still billed next month?',
    'how to avoid being double charged when switching plans',
    'I was not charged twice after all, sorry',
    "what's my legal name field for?",
    'my legal name changed after marriage',
    'is it legal to share my account?',
    "I'm not going to sue anyone, just want help",
    "I don't need a lawyer, just a refund",
    'my colleague Sue said to contact you',
    'can I talk to Sue again? she was great',
    'I told Sue you would call back',
    'we met at the food court',
    'the ball is in your court now',
    'how do I turn on dark mode?',
    'the blinds I ordered are the wrong colour',
    'my complaints fell on deaf ears',
    'my account is disabled',
    'the pay button is disabled',
    'I want to open a safety deposit box',
    'our smoke tests failed after the update',
    'no smoke or sparks, it just will not turn on',
    'my Fire TV stick will not pair',
    'I threatened to cancel my subscription',
    'the firewall blocks the app',
    'the legal team approved it',
    'No voy a demandar a nadie',
    'Ich werde Sie nicht verklagen',
    'Je ne vais pas porter plainte',
    'the app says smoke detector offline',
    'can I pay without logging in?',
    'I accidentally bought it twice, can I get a refund?',
    'someone posted my photo without permission',
    'the payment failed, please charge me again',
    'I paid again because the first attempt timed out',
    'I was charged for shipping, is that normal?',
    "I'd like to be billed annually",
    'Please double check my address',
    'my phone gets warm when charging, is that normal?',
    'I got fired and need to pause my plan',
    'we need the legal entity name on the invoice',
    'I was double-checking my statement and all looks fine',
    'how do I reset my password',
    '',
  ])('finds no topic in %j', (text) => {
    expect(detectTopics(text)).toEqual([]);
  });

  it('reports each topic once, most urgent first', () => {
    const text = 'You charged me twice, charged twice again! My lawyer says sparks from the charger are a fire hazard.';
    expect(topicsOf(text)).toEqual(['safety', 'legal', 'billing_dispute']);
    expect(detectTopics(text).find((match) => match.topic === 'billing_dispute')?.evidence).toBe('charged me twice');
  });

  it('is not thrown off by a caller testing the shared phrase regexes', () => {
    legal.shows.test('a long line that mentions a lawyer');
    expect(topicsOf('lawyer')).toEqual(['legal']);
  });

  it('takes the disputed amount nearest the dispute words', () => {
    const [dispute] = detectTopics('My plan is $20 a month. Last month you double charged me 129,99 EUR. Order total was $5.');
    expect(dispute?.amount).toEqual({ amount: 129.99, currency: 'EUR', text: '129,99 EUR' });
    expect(detectTopics('you charged me twice, 200 dollars in total')[0]?.amount?.amount).toBe(200);
    expect(detectTopics('you charged me twice')[0]).toEqual({ topic: 'billing_dispute', evidence: 'charged me twice' });
  });
});

/** Texts no analyzer may throw on or stall over. */
const hostileTexts: string[] = [
  '',
  '\u0000\u0001\u001f\u007f\u0085\u2028\u2029',
  '\ud800',
  'abc\udfff def \ud83d',
  '😀🔥💸 $💯 €🙂 #️⃣ 🚒',
  'مرحبا، لقد تم خصم المبلغ مرتين ١٢٣٫٤٥ $ من حسابي',
  'שלום, חייבו אותי פעמיים 450 ₪',
  '\u202e$450\u202c \u200f129.99 EUR\u200e',
  '𝟗𝟗.𝟗𝟗 USD ½ ¼ Ⅻ ﷽',
  '9'.repeat(100_000),
  '$'.repeat(100_000),
  '1,'.repeat(50_000),
  '1 '.repeat(50_000),
  '#1'.repeat(50_000),
  'x@'.repeat(50_000),
  'one '.repeat(25_000),
  'not '.repeat(25_000) + 'going to sue you',
  'cancelled and '.repeat(7_000),
  'no smoke or '.repeat(8_000) + 'sparks',
  '1e308 USD 1e999 EUR NaN dollars Infinity $ -0 € 0x1F USD 1_000 USD',
  `${'9'.repeat(400)} USD`,
  "$0.00 $.99 $1. $1,00 $1.000.000,00 1.000,- € 12\u00a0345,67 € 1\u202f234 CHF 1'234.50 CHF",
  '+1 (555) 123-4567 +44 20 7946 0958 4111 1111 1111 1111 2024-13-45 99/99/9999',
];

describe('analysis of hostile text', () => {
  // Speed is measured by `npm run bench`, not asserted here; a quadratic pattern on the
  // 100 KB texts would still show as this test running into its time limit.
  it.each(hostileTexts.map((text, index) => [index, text] as const))('never throws on text %i', (_index, text) => {
    expect(() => detectTopics(text)).not.toThrow();
    expect(() => extractEntities(text)).not.toThrow();
    for (const money of extractMoney(text)) expect(Number.isFinite(money.amount)).toBe(true);
  });
});
