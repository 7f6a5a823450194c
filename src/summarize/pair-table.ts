/**
 * Values for pairs of non-negative integers (word ids of a word pair): open addressing over typed arrays, so a story
 * of hundreds of articles, with hundreds of thousands of pairs, needs no key object per pair and no string.
 */
export class PairTable {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private values: Int32Array;
  private used = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.firsts = new Int32Array(size).fill(-1);
    this.seconds = new Int32Array(size);
    this.values = new Int32Array(size);
  }

  private slot(first: number, second: number): number {
    const mask = this.firsts.length - 1;
    let slot = (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca77)) & mask;
    while (this.firsts[slot] !== -1 && (this.firsts[slot] !== first || this.seconds[slot] !== second)) slot = (slot + 1) & mask;
    return slot;
  }

  /** The value of the pair, or -1. */
  get(first: number, second: number): number {
    const slot = this.slot(first, second);
    return this.firsts[slot] === -1 ? -1 : this.values[slot]!;
  }

  /** Sets the value of a pair not yet in the table. */
  add(first: number, second: number, value: number): void {
    if ((this.used + 1) * 2 > this.firsts.length) this.grow();
    const slot = this.slot(first, second);
    if (this.firsts[slot] === -1) this.used++;
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.values[slot] = value;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Int32Array(firsts.length * 2).fill(-1);
    this.seconds = new Int32Array(firsts.length * 2);
    this.values = new Int32Array(firsts.length * 2);
    this.used = 0;
    for (let slot = 0; slot < firsts.length; slot++) if (firsts[slot] !== -1) this.add(firsts[slot]!, seconds[slot]!, values[slot]!);
  }
}
