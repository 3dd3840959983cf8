/**
 * `items.map(fn)` as a packed array in every tier of V8.
 *
 * The builtin Array.prototype.map returns a packed array, but TurboFan, when it inlines `map` into an optimized
 * caller, allocates the result holey. The same line therefore hands out arrays of one hidden class while its
 * function runs unoptimized and of another once it is optimized, and every optimized reader of those arrays (a
 * `for...of`, a `.length`) meets a class it has never seen and deoptimizes. In a CLI run, where the pipeline's
 * large functions are optimized while the first articles go through, each such deopt means one more compile of
 * a large function. An array built by push is packed in both tiers. Use this for arrays made per document.
 */
export function mapPacked<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(fn(items[i], i));
  return out;
}
