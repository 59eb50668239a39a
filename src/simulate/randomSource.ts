/** Where every random draw of a simulation comes from: seeded, so a run can be repeated. */
export interface RandomSource {
  /** A number in [0, 1). */
  next(): number;
  /** Exponentially distributed with the given mean (inter-arrival times). */
  exponential(mean: number): number;
  /** Lognormal with the given median and 90th percentile (handling times, patience). */
  lognormal(median: number, p90: number): number;
  /** A key drawn with probability proportional to its weight. */
  pick<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** An independent stream derived from this seed and a label, so that streams do not share draws. */
  fork(label: string): RandomSource;
}

/** z of the standard normal at its 90th percentile: p90 = median · e^(σ·z90). */
const z90 = 1.2815515655446004;

/**
 * A seeded random source (mulberry32, seeded through splitmix32), for the simulator. Never
 * `Math.random()`: the same seed gives the same draws on every machine and every run.
 *
 * @example
 *   const random = randomSource(7);
 *   random.next()                  // the same number in [0, 1) on every run
 *   random.lognormal(420, 1080)    // a handling time in seconds, median 7 min, p90 18 min
 *   random.fork('offers').next()   // another stream, independent of the first
 */
export function randomSource(seed: number): RandomSource {
  let state = splitmix32(seed >>> 0);
  let spareNormal: number | undefined;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    if (spareNormal !== undefined) {
      const value = spareNormal;
      spareNormal = undefined;
      return value;
    }
    // Box–Muller; 1 - next() is in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - next()));
    const angle = 2 * Math.PI * next();
    spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  return {
    next,
    exponential: (mean) => -mean * Math.log(1 - next()),
    lognormal: (median, p90) => median * Math.exp((Math.log(p90 / median) / z90) * normal()),
    pick(weights) {
      const keys = Object.keys(weights) as (keyof typeof weights)[];
      const total = keys.reduce((sum, k) => sum + weights[k], 0);
      let draw = next() * total;
      for (const key of keys) {
        draw -= weights[key];
        if (draw < 0) return key;
      }
      return keys[keys.length - 1]!;
    },
    fork: (label) => randomSource(hashLabel(seed >>> 0, label)),
  };
}

/** One splitmix32 step: spreads nearby seeds (1, 2, 3…) far apart. */
function splitmix32(x: number): number {
  x = (x + 0x9e3779b9) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** FNV-1a of the label, mixed with the seed. */
function hashLabel(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return splitmix32(hash);
}
