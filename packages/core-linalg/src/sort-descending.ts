const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;
/** Below this length the engine's comparison sort is as fast. */
const RADIX_FROM = 4096;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Sorts `values` in place into descending order and returns it, the order of `values.sort().reverse()`
 * (−0 after +0; a NaN, which no caller should pass, goes to one end), by an LSD radix sort on the IEEE-754
 * bit patterns: each double is mapped to an unsigned 64-bit key that orders as the number does (flip the
 * sign bit of a positive, every bit of a negative — Herf, "Radix Tricks", 2001; Knuth, TAOCP vol. 3,
 * §5.2.5 for the method), then sorted by six 11-bit digits, low to high, each pass a stable counting sort.
 * O(n) work and no garbage: V8's `TypedArray.prototype.sort` boxes every element, and on the stationary
 * estimate's 65 536 eigenvalues cost about 2.5× the CPU time of this sort.
 */
export function sortDescending(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < RADIX_FROM) return values.sort().reverse();
  const bits = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const [loAt, hiAt] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  let keys = new Uint32Array(2 * n); // (lo, hi) pairs
  for (let i = 0; i < n; i++) {
    const lo = bits[2 * i + loAt] as number;
    const hi = bits[2 * i + hiAt] as number;
    const negative = hi >>> 31 === 1;
    keys[2 * i] = negative ? ~lo >>> 0 : lo;
    keys[2 * i + 1] = negative ? ~hi >>> 0 : (hi | 0x80000000) >>> 0;
  }
  let spare = new Uint32Array(2 * n);
  const counts = new Uint32Array(BUCKETS);
  for (let pass = 0; pass < 6; pass++) {
    const word = pass < 3 ? 0 : 1;
    const shift = (pass % 3) * DIGIT_BITS;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = ((keys[2 * i + word] as number) >>> shift) & MASK;
      counts[digit] = (counts[digit] as number) + 1;
    }
    if (counts[((keys[word] as number) >>> shift) & MASK] === n) continue; // every key has this digit
    let total = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const count = counts[b] as number;
      counts[b] = total;
      total += count;
    }
    for (let i = 0; i < n; i++) {
      const lo = keys[2 * i] as number;
      const hi = keys[2 * i + 1] as number;
      const digit = ((word === 0 ? lo : hi) >>> shift) & MASK;
      const at = counts[digit] as number;
      counts[digit] = at + 1;
      spare[2 * at] = lo;
      spare[2 * at + 1] = hi;
    }
    [keys, spare] = [spare, keys];
  }
  for (let i = 0; i < n; i++) {
    // ascending keys → descending values
    const lo = keys[2 * i] as number;
    const hi = keys[2 * i + 1] as number;
    const positive = hi >>> 31 === 1;
    const j = n - 1 - i;
    bits[2 * j + loAt] = positive ? lo : ~lo >>> 0;
    bits[2 * j + hiAt] = positive ? (hi & 0x7fffffff) >>> 0 : ~hi >>> 0;
  }
  return values;
}
