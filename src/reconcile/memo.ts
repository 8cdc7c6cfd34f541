/**
 * One memo for reconcile's pure per-string readings (a day, a figure's numerals and precision, a
 * publisher's outlet, a word's stem): a dossier repeats a few thousand distinct strings across
 * hundreds of thousands of figures, so each is read once. Emptied when full, so a long-lived
 * process (`serve`) never holds more than `max` of them.
 * @module
 */
export function memoized<V>(read: (key: string) => V, max = 10_000): (key: string) => V {
  const made = new Map<string, V>();
  return (key) => {
    let v = made.get(key);
    if (v === undefined) {
      v = read(key);
      if (made.size >= max) made.clear();
      made.set(key, v);
    }
    return v;
  };
}
