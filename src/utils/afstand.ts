/**
 * Edit distance with adjacent transpositions (optimal string alignment), the
 * usual typo model: a wrong, missing, extra or swapped letter each count 1.
 * Stops early and returns `max + 1` once the distance must exceed `max`.
 */
export function afstand(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let tweeTerug: number[] = [];
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const huidige = [i];
    let rijMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const kosten = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(vorige[j]! + 1, huidige[j - 1]! + 1, vorige[j - 1]! + kosten);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, tweeTerug[j - 2]! + 1);
      huidige.push(d);
      rijMinimum = Math.min(rijMinimum, d);
    }
    if (rijMinimum > max) return max + 1;
    tweeTerug = vorige;
    vorige = huidige;
  }
  return vorige[b.length]!;
}

/** How many typos a word of this length may have: none for short words, where any change makes another word. */
