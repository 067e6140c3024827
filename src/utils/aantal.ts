/** A count with its noun in the right number: "1 inzicht", "3 inzichten", "0 inzichten". */
export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}
