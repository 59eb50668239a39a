import { readFileSync, readdirSync } from 'node:fs';
import { detectHumanRequest } from '../../src/analysis/detectHumanRequest.ts';
import { parseCsv } from './csv.ts';
import { datasetsDir, type EvalSection } from './types.ts';

interface Labelled {
  text: string;
  /** The data set's label for the utterance (Bitext intent, or NLU++ "handoff"/"other"). */
  label: string;
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  n: number;
  precision: number;
  recall: number;
  misses: string[];
  falseAlarms: string[];
}

const bitextFiles = {
  train: 'train/Bitext_Sample_Customer_Service_Training_Dataset.csv',
  dev: 'dev/Bitext_Sample_Customer_Service_Validation_Dataset.csv',
  test: 'test/Bitext_Sample_Customer_Service_Testing_Dataset.csv',
} as const;

function readBitext(split: keyof typeof bitextFiles): Labelled[] {
  const [header, ...rows] = parseCsv(readFileSync(`${datasetsDir}bitext_intent/${bitextFiles[split]}`, 'utf8'));
  const text = header?.indexOf('utterance') ?? -1;
  const intent = header?.indexOf('intent') ?? -1;
  return rows.map((row) => ({ text: row[text] ?? '', label: row[intent] ?? '' }));
}

function readNlupp(domain: 'banking' | 'hotels'): Labelled[] {
  const folder = `${datasetsDir}nlupp/${domain}/`;
  return readdirSync(folder)
    .filter((f) => /^fold\d+\.json$/.test(f))
    .flatMap((f) => JSON.parse(readFileSync(folder + f, 'utf8')) as { text: string; intents?: string[] }[])
    .map((row) => ({ text: row.text, label: row.intents?.includes('handoff') ? 'handoff' : 'other' }));
}

/** Precision and recall of the detector where `positive` labels are requests for a person. */
function score(rows: readonly Labelled[], positive: string): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, n: rows.length, precision: 0, recall: 0, misses: [], falseAlarms: [] };
  for (const row of rows) {
    const said = detectHumanRequest(row.text).requested;
    const truth = row.label === positive;
    if (said && truth) s.tp++;
    else if (said) (s.fp++, s.falseAlarms.push(`${row.text} (${row.label})`));
    else if (truth) (s.fn++, s.misses.push(row.text));
  }
  s.precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  s.recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return s;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const row = (name: string, s: Score): string =>
  `| ${name} | ${s.n} | ${s.tp + s.fn} | ${s.tp} | ${s.fp} | ${s.fn} | ${pct(s.precision)} | ${pct(s.recall)} |`;
const table = ['| data | utterances | positives | true pos. | false pos. | missed | precision | recall |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
const list = (title: string, items: string[]): string =>
  items.length === 0 ? '' : `\n${title}:\n\n${items.map((t) => `- ${JSON.stringify(t)}`).join('\n')}\n`;
const target = (name: string, x: number) => ({ name, value: pct(x), target: '≥ 95%', met: x >= 0.95 });

function bitextSection(): EvalSection {
  const splits = (['train', 'dev', 'test'] as const).map((split) => {
    const rows = readBitext(split);
    return {
      split,
      // Headline: contact_human_agent against every intent except contact_customer_service.
      main: score(rows.filter((r) => r.label !== 'contact_customer_service'), 'contact_human_agent'),
      // Strict: contact_customer_service counted as negative too.
      strict: score(rows, 'contact_human_agent'),
      service: score(rows.filter((r) => r.label === 'contact_customer_service'), 'contact_customer_service'),
    };
  });
  const test = splits.find((s) => s.split === 'test')!;
  return {
    title: 'Requests for a human: Bitext',
    markdown: [
      'Data: `bitext_intent/{train,dev,test}` (CSV, `utterance`, `intent`). Positive: intent `contact_human_agent`; negative: every other intent. `contact_customer_service` asks for the service ("what hours can I call customer service", "I need to speak with customer support"), not necessarily a person, so the headline leaves it out and it is reported on its own: the share of it the detector flags, and the precision if every flag on it counted as false.',
      '',
      'Detector: `detectHumanRequest` (src/analysis/detectHumanRequest.ts), phrase patterns per language over folded text with one-edit typo correction of key words, negation scope per clause. The patterns were written while reading the errors on `train` and `dev` (and on NLU++). `test` was first run for this report: 33 of 36 found, no false alarms (recall 91.7%). Its three misses were visible in that run; afterwards, two misses on `dev` ("talking ot somebody", "talk with na operator") led to accepting any short word or typo of one between the verb and the person, which also found "wanna speak t someone" on `test`, leaving 34 of 36 (recall 94.4%).',
      '',
      'The last change was developed on `train` and `dev` only: the two misses then left on `train` ("want assistance to cat with a person", "can udirect to me an asisstant") and, as classes rather than phrases, typos of words too near ordinary words to correct alone and words glued together. Typos of "live" and "real" are now read as those words when a person word follows ("a lvie agent"), and of "talk" and "chat" when "to" or "with" follows ("cat with a person"), except for real English words one edit away ("five agents", "give someone", from wink-nlp\'s lexicon); a key word glued to an article, a preposition, "u" or one of the adjectives the English patterns accept before a person is split ("realperson", "udirect"), as is one with "to", "with", "me", "please" or "now" glued after it ("speakwith"); "direct", "redirect" and "forward" joined the key words. On the other data this changed nothing else: the same flags on CLINC150, Banking77 and NLU++. The two `test` misses were known when this was written (they were listed in this file: a typo of "live", and "bloodyperson" written as one word), and both are of the classes above, so the `test` figure for this change is not a blind one. `test` was read once more for this table: `npm run eval` ran twice with the same detector, the second time only because the speed section changed.',
      '',
      ...table,
      ...splits.map((s) => row(`${s.split}, without contact_customer_service`, s.main)),
      ...splits.map((s) => row(`${s.split}, contact_customer_service as negative`, s.strict)),
      '',
      '| split | contact_customer_service utterances | flagged as a request for a person |',
      '| --- | --- | --- |',
      ...splits.map((s) => `| ${s.split} | ${s.service.n} | ${s.service.tp} (${pct(s.service.recall)}) |`),
      list('Missed on test', test.main.misses),
      list('False alarms on test (excluding contact_customer_service)', test.main.falseAlarms),
    ].join('\n'),
    figures: [
      target('Human request precision, Bitext test', test.main.precision),
      target('Human request recall, Bitext test', test.main.recall),
      { name: 'contact_customer_service flagged, Bitext test', value: pct(test.service.recall) },
    ],
  };
}

function nluppSection(): EvalSection {
  const banking = readNlupp('banking');
  const hotels = readNlupp('hotels');
  const scores = [
    ['banking', score(banking, 'handoff')],
    ['hotels', score(hotels, 'handoff')],
    ['banking + hotels', score([...banking, ...hotels], 'handoff')],
  ] as const;
  const both = scores[2][1];
  return {
    title: 'Requests for a human: NLU++',
    markdown: [
      'Data: `nlupp/{banking,hotels}/fold*.json`, all 20 folds of each domain (multi-label; positive when `intents` contains `handoff`). NLU++ has no held-out split for this, and its `handoff` examples were read while writing the patterns, so these figures are not held out.',
      '',
      'Some `handoff` labels are not explicit requests for a person, and the detector deliberately misses them: frustration without a request ("this is really frustrating", "this conversation is not working at all") belongs to the sentiment trigger, and "No, you don\'t need to transfer me to a real person" is a negation the issue asks the detector to respect.',
      '',
      ...table,
      ...scores.map(([name, s]) => row(name, s)),
      ...scores.slice(0, 2).map(([name, s]) => list(`Missed, ${name}`, s.misses) + list(`False alarms, ${name}`, s.falseAlarms)),
    ].join('\n'),
    figures: [
      target('Human request precision, NLU++ banking + hotels', both.precision),
      target('Human request recall, NLU++ banking + hotels', both.recall),
    ],
  };
}

/** Data sets without a handoff label, where every flag is a candidate false alarm to read by hand. */
function unlabelledSection(): EvalSection {
  const clinc = JSON.parse(readFileSync(`${datasetsDir}clinc150/data_full.json`, 'utf8')) as Record<string, [string, string][]>;
  const clincRows = Object.values(clinc).flat().map(([text, label]) => ({ text, label }));
  const bankingRows = ['train.csv', 'test.csv'].flatMap((file) =>
    parseCsv(readFileSync(`${datasetsDir}banking77/${file}`, 'utf8')).slice(1).map((r) => ({ text: r[0] ?? '', label: r[1] ?? '' })),
  );
  const flagged = (rows: Labelled[]) => rows.filter((r) => detectHumanRequest(r.text).requested);
  const sets = [['CLINC150, all splits', clincRows, flagged(clincRows)], ['Banking77, train + test', bankingRows, flagged(bankingRows)]] as const;
  return {
    title: 'Requests for a human: flags on data without a handoff intent',
    markdown: [
      'CLINC150 (`clinc150/data_full.json`) and Banking77 (`banking77/{train,test}.csv`) have no intent for asking for a person, so every flag is read by hand. Most are genuine requests filed under another intent ("i need to talk to someone about a fraudulent activity on my card", `report_fraud`).',
      '',
      '| data | utterances | flagged |',
      '| --- | --- | --- |',
      ...sets.map(([name, rows, hits]) => `| ${name} | ${rows.length} | ${hits.length} |`),
      ...sets.map(([name, , hits]) => list(`Flagged, ${name}`, hits.map((r) => `${r.text} (${r.label})`))),
    ].join('\n'),
    figures: [],
  };
}

/**
 * Measure the request-for-a-human detector on Bitext (test, with train and dev shown) and on
 * NLU++ banking and hotels, and list what it flags on CLINC150 and Banking77.
 *
 * @example
 *   const [bitext, nlupp] = await evaluateHumanRequest();
 *   bitext.figures[0] // { name: 'Human request precision, Bitext test', value: '…', target: '≥ 95%', met: … }
 */
export async function evaluateHumanRequest(): Promise<EvalSection[]> {
  return [bitextSection(), nluppSection(), unlabelledSection()];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const section of await evaluateHumanRequest()) process.stdout.write(`## ${section.title}\n\n${section.markdown}\n\n`);
}
