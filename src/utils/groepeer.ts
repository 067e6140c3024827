/** A multimap: adds `waarde` to the list under `sleutel`, creating the list when needed. */
export function voegToe<K, V>(map: Map<K, V[]>, sleutel: K, waarde: V): void {
  const lijst = map.get(sleutel);
  if (lijst) lijst.push(waarde);
  else map.set(sleutel, [waarde]);
}
