/** Whether an object has no enumerable key, without building the list of its keys (a hot-path test). */
export function isEmptyObject(o: object): boolean {
  for (const _ in o) return false;
  return true;
}
