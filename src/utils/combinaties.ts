/**
 * Counts of insights per combination of role, phase and theme, and the nearest combinations
 * that do hold insights when one does not. Pure functions over plain data, so the
 * "Waar staat u?" pages and their tests share one definition of "nearest".
 */

/** What a combination is made of; without `thema` it spans every theme. */
export interface Combinatie {
  rol: string;
  fase: string;
  thema?: string;
}

/** The fields of an insight that place it in combinations. */
export interface Plaatsing {
  rollen: readonly string[];
  fasen: readonly string[];
  /** The alliance's theme, or the insight's own; empty for general insights that fit every theme. */
  themas: readonly string[];
}

/** How a suggestion differs from the combination the visitor chose. */
export type Verschil = 'alle-themas' | 'alle-partners' | 'andere-fase' | 'ander-thema';

export interface Suggestie {
  combinatie: Combinatie;
  verschil: Verschil;
  aantal: number;
}

const sleutel = ({ rol, fase, thema }: Combinatie) => `${rol}/${fase}/${thema ?? '*'}`;

/** Number of insights per combination, with and without a theme. */
export interface Telling {
  aantal(c: Combinatie): number;
}

export function tel(inzichten: Iterable<Plaatsing>): Telling {
  const tellingen = new Map<string, number>();
  const plus = (c: Combinatie) => tellingen.set(sleutel(c), (tellingen.get(sleutel(c)) ?? 0) + 1);
  for (const i of inzichten)
    for (const rol of i.rollen)
      for (const fase of i.fasen) {
        plus({ rol, fase });
        for (const thema of i.themas) plus({ rol, fase, thema });
      }
  return { aantal: (c) => tellingen.get(sleutel(c)) ?? 0 };
}

/**
 * The nearest combinations that hold insights, each differing from `c` in one respect: every
 * theme instead of one, all partners instead of one role, another phase, another theme.
 * Closest kinds first (in that order), within a kind the most insights first, at most
 * `perSoort` of each kind, so a visitor sees every way out.
 */
export function naasteCombinaties(
  telling: Telling,
  c: Combinatie,
  termen: { fasen: readonly string[]; themas: readonly string[]; allePartners?: string },
  perSoort = 2,
): Suggestie[] {
  const kandidaten: [Combinatie, Verschil][] = [];
  if (c.thema) kandidaten.push([{ rol: c.rol, fase: c.fase }, 'alle-themas']);
  if (termen.allePartners && c.rol !== termen.allePartners)
    kandidaten.push([{ ...c, rol: termen.allePartners }, 'alle-partners']);
  for (const fase of termen.fasen) if (fase !== c.fase) kandidaten.push([{ ...c, fase }, 'andere-fase']);
  if (c.thema) for (const thema of termen.themas) if (thema !== c.thema) kandidaten.push([{ ...c, thema }, 'ander-thema']);

  const volgorde: Verschil[] = ['alle-themas', 'alle-partners', 'andere-fase', 'ander-thema'];
  const gesorteerd = kandidaten
    .map(([combinatie, verschil]) => ({ combinatie, verschil, aantal: telling.aantal(combinatie) }))
    .filter((s) => s.aantal > 0)
    .sort((a, b) => volgorde.indexOf(a.verschil) - volgorde.indexOf(b.verschil) || b.aantal - a.aantal);
  const perVerschil = new Map<Verschil, number>();
  return gesorteerd.filter((s) => {
    const n = (perVerschil.get(s.verschil) ?? 0) + 1;
    perVerschil.set(s.verschil, n);
    return n <= perSoort;
  });
}
