import { aantal } from '../utils/aantal.ts';
import type { Problem } from './valideer.ts';

/** Exit code of `npm run check`: 1 when any problem is an error, else 0 (warnings do not fail). */
export function exitCode(problems: readonly Problem[]): 0 | 1 {
  return problems.some((p) => p.level === 'error') ? 1 : 0;
}

/** Human report in Dutch, grouped per file: errors first, then warnings. */
export function tekstRapport(problems: Problem[], { bestanden, ms }: { bestanden: number; ms: number }): string {
  const regels: string[] = [];
  const fouten = problems.filter((p) => p.level === 'error');
  const waarschuwingen = problems.filter((p) => p.level === 'warning');
  for (const [kop, lijst, teken] of [
    ['Fouten (moeten worden opgelost)', fouten, '✖'],
    ['Waarschuwingen (controleer ze; ze houden niets tegen)', waarschuwingen, '⚠'],
  ] as const) {
    if (!lijst.length) continue;
    regels.push('', `${kop}:`);
    let vorig = '';
    for (const p of lijst) {
      if (p.file !== vorig) regels.push('', `  ${p.file}`);
      vorig = p.file;
      regels.push(`    ${teken} regel ${p.line}, ${p.label}: ${p.message}`);
    }
  }
  const duur = `${aantal(bestanden, 'bestand', 'bestanden')} gecontroleerd in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}`;
  regels.push('');
  if (fouten.length) {
    regels.push(
      `✖ ${aantal(fouten.length, 'fout', 'fouten')} en ${aantal(waarschuwingen.length, 'waarschuwing', 'waarschuwingen')} (${duur}).`,
    );
  } else if (waarschuwingen.length) {
    regels.push(`✔ Geen fouten, wel ${aantal(waarschuwingen.length, 'waarschuwing', 'waarschuwingen')} (${duur}).`);
  } else {
    regels.push(`✔ Alle content is in orde (${duur}).`);
  }
  return regels.join('\n');
}

/** Escapes a value for a GitHub Actions workflow command. */
function escape(s: string, property = false) {
  let r = s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  if (property) r = r.replace(/:/g, '%3A').replace(/,/g, '%2C');
  return r;
}

/** GitHub Actions annotations: `::error file=...,line=...,title=...::message`, one per problem, the field in words. */
export function githubRapport(problems: Problem[]): string {
  return problems
    .map(
      (p) =>
        `::${p.level === 'error' ? 'error' : 'warning'} file=${escape(p.file, true)},line=${p.line},title=${escape(p.label, true)}::${escape(`${p.label}: ${p.message}`)}`,
    )
    .join('\n');
}
