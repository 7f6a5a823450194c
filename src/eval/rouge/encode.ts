/** Two token lists mapped onto shared dense integer ids (0 … size-1). */
export interface EncodedPair {
  readonly reference: Int32Array;
  readonly peer: Int32Array;
  readonly size: number;
}

/** Maps the tokens of a reference and a peer onto shared ids, so the counting works on numbers. */
export function encodeTokenPair(reference: readonly string[], peer: readonly string[]): EncodedPair {
  const ids = new Map<string, number>();
  const idOf = (token: string): number => {
    let id = ids.get(token);
    if (id === undefined) {
      id = ids.size;
      ids.set(token, id);
    }
    return id;
  };
  return { reference: Int32Array.from(reference, idOf), peer: Int32Array.from(peer, idOf), size: ids.size };
}

/** Interns numeric keys into dense ids; shared by the reference and the peer of one pair. */
export class KeyInterner {
  private readonly ids = new Map<number, number>();
  get size(): number {
    return this.ids.size;
  }
  idOf(key: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}
