/**
 * How the parse worker (parse-worker.ts) hands a block of parsed values to the
 * main thread: as numbers in one transferred array and each distinct string
 * once, instead of as the objects themselves. A structured clone of the objects
 * made the main thread spend about a third of what parsing them cost on taking
 * them in (rebuilding every object, then looking up every string in the
 * register's string map); this way it builds each object from the numbers and
 * finds a string by its number (docs/performance.md, round thirteen).
 *
 * Strings are numbered in the order the worker first meets them, over the whole
 * load: a block sends only the strings new in it, and the main thread, which
 * takes the blocks in the order they were sent, appends them to its own table.
 * A string longer than the string map keeps (fast-yaml.ts createInterner) is
 * sent with its block only, as the map would not keep it either.
 */

/** Tags of the code stream. */
const NULL = 0;
const FALSE = 1;
const TRUE = 2;
/** A 32-bit integer, the next code. */
const INT = 3;
/** Any other number: the next code is its index in the block's numbers. */
const NUMBER = 4;
/** A string of the table: the next code is its number. */
const STRING = 5;
/** A string of this block only: the next code is its index in the block's own strings. */
const OWN_STRING = 6;
/** A map: the next code is its number of keys, then per key its string number and its value. */
const MAP = 7;
/** A sequence: the next code is its length, then its items. */
const SEQ = 8;

/** Strings longer than this are not numbered (createInterner does not keep them once either). */
export const LONGEST_NUMBERED = 256;

/**
 * Numbered strings at which the next block starts a new table: the two tables hold
 * every string numbered, so without a bound they would keep all the strings of a
 * large register once more (about 100 MiB at 50 000 agreements).
 */
export const TABLE_LIMIT = 65_536;

/** One block's values, ready to post: `codes` is transferable. */
export interface EncodedBlock {
  codes: Int32Array<ArrayBuffer>;
  numbers: number[];
  /** Whether the table starts anew with this block (numbers from 0). */
  reset: boolean;
  /** The strings numbered for the first time in this block, in number order. */
  fresh: string[];
  /** The long strings of this block, by OWN_STRING index. */
  own: string[];
}

/** A value that is not plain data (what the fast reader never makes): the file goes back to the main thread. */
class NotPlain extends Error {}

/** Encodes the values of one block after another; the table of numbered strings lives as long as the encoder. */
export class HandoverEncoder {
  readonly #table = new Map<string, number>();
  readonly #limit: number;
  #reset = false;
  #codes: number[] = [];
  #numbers: number[] = [];
  #fresh: string[] = [];
  #own: string[] = [];

  /** `limit`: numbered strings at which a block starts a new table (a test makes it small). */
  constructor(limit = TABLE_LIMIT) {
    this.#limit = limit;
  }

  /**
   * Add one value to the current block; false (and nothing added) when it is not
   * plain data or holds the key `__proto__`, which the main thread must read itself.
   */
  add(value: unknown): boolean {
    if (this.#codes.length === 0 && this.#table.size >= this.#limit) {
      this.#table.clear();
      this.#reset = true;
    }
    const mark = { codes: this.#codes.length, numbers: this.#numbers.length, fresh: this.#fresh.length, own: this.#own.length };
    try {
      this.#value(value);
      return true;
    } catch (error) {
      if (!(error instanceof NotPlain)) throw error;
      this.#codes.length = mark.codes;
      this.#numbers.length = mark.numbers;
      this.#own.length = mark.own;
      for (const text of this.#fresh.splice(mark.fresh)) this.#table.delete(text);
      return false;
    }
  }

  /** The block so far; the encoder starts a new one. */
  take(): EncodedBlock {
    const block = { codes: Int32Array.from(this.#codes), numbers: this.#numbers, reset: this.#reset, fresh: this.#fresh, own: this.#own };
    this.#reset = false;
    this.#codes = [];
    this.#numbers = [];
    this.#fresh = [];
    this.#own = [];
    return block;
  }

  #value(value: unknown): void {
    const codes = this.#codes;
    if (value === null) codes.push(NULL);
    else if (value === true) codes.push(TRUE);
    else if (value === false) codes.push(FALSE);
    else if (typeof value === 'number') {
      if ((value | 0) === value && !Object.is(value, -0)) codes.push(INT, value);
      else codes.push(NUMBER, this.#numbers.push(value) - 1);
    } else if (typeof value === 'string') this.#string(value);
    else if (Array.isArray(value)) {
      codes.push(SEQ, value.length);
      for (const item of value) this.#value(item);
    } else if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const keys = Object.keys(value);
      codes.push(MAP, keys.length);
      for (const key of keys) {
        if (key === '__proto__') throw new NotPlain();
        codes.push(this.#number(key));
        this.#value((value as Record<string, unknown>)[key]);
      }
    } else throw new NotPlain();
  }

  #string(text: string): void {
    if (text.length > LONGEST_NUMBERED) this.#codes.push(OWN_STRING, this.#own.push(text) - 1);
    else this.#codes.push(STRING, this.#number(text));
  }

  #number(text: string): number {
    let number = this.#table.get(text);
    if (number === undefined) {
      number = this.#table.size;
      this.#table.set(text, number);
      this.#fresh.push(text);
    }
    return number;
  }
}

/**
 * Decodes blocks in the order they were encoded; `keep` gives the string kept for a newly
 * numbered one (the register's string map: an agreement's id, read by this thread from its
 * agreement file and by the worker from its evaluations, is then kept once).
 */
export class HandoverDecoder {
  readonly #table: string[] = [];
  readonly #keep: (text: string) => string;
  #codes: Int32Array = new Int32Array(0);
  #numbers: readonly number[] = [];
  #own: readonly string[] = [];
  #at = 0;
  readonly #stack: unknown[] = [];

  constructor(keep: (text: string) => string) {
    this.#keep = keep;
  }

  /** Start on a block: its new strings join the table. */
  begin(block: EncodedBlock): void {
    if (block.reset) this.#table.length = 0;
    for (const text of block.fresh) this.#table.push(this.#keep(text));
    this.#codes = block.codes;
    this.#numbers = block.numbers;
    this.#own = block.own;
    this.#at = 0;
  }

  /** The next value of the block. */
  next(): unknown {
    const codes = this.#codes;
    const tag = codes[this.#at++];
    switch (tag) {
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case INT:
        return codes[this.#at++];
      case NUMBER:
        return this.#numbers[codes[this.#at++] as number];
      case STRING:
        return this.#table[codes[this.#at++] as number];
      case OWN_STRING:
        return this.#own[codes[this.#at++] as number];
      case MAP: {
        const value: Record<string, unknown> = {};
        for (let count = codes[this.#at++] as number; count > 0; count--) {
          const key = this.#table[codes[this.#at++] as number] as string;
          value[key] = this.next();
        }
        return value;
      }
      case SEQ: {
        // Gathered on one stack and cut off it: a slice is exactly as long as its items (an array
        // pushed to has room for 17, 152 bytes), and packed (one made to length first has holes to V8).
        const stack = this.#stack;
        const from = stack.length;
        for (let count = codes[this.#at++] as number; count > 0; count--) stack.push(this.next());
        const value = stack.slice(from);
        stack.length = from;
        return value;
      }
      default:
        throw new Error(`handover: unknown tag ${String(tag)} at ${this.#at - 1}`);
    }
  }
}
