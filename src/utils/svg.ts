/** Breaks a label into lines of at most `max` characters at spaces: SVG text does not wrap by itself. */
export function regelsVan(tekst: string, max: number): string[] {
  const uit: string[] = [];
  let regel = '';
  for (const woord of tekst.split(/\s+/)) {
    if (regel && `${regel} ${woord}`.length > max) {
      uit.push(regel);
      regel = woord;
    } else regel = regel ? `${regel} ${woord}` : woord;
  }
  if (regel) uit.push(regel);
  return uit;
}
