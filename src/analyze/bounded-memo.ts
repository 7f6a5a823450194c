/**
 * Memoizes a function of a string, forgetting everything once `limit` results are kept: the words of news recur from
 * story to story, and a long stream must not grow the memo without bound.
 * @example const stemOf = boundedMemo(200_000, (word) => stem(word));
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value as V;
  };
}
