/**
 * Finds the report line for one problem in the text report of `npm run check` or the build:
 * under the file's heading, a line "regel N, <veld>: ..." that contains every part of the message.
 */
export function vindMelding(output: string, bestand: string, veld: string, delen: string[]): string | undefined {
  const regels = output.split('\n').map((r) => r.replace(/\x1b\[[0-9;]*m/g, ''));
  for (let i = 0; i < regels.length; i++) {
    if (regels[i].trim() !== bestand) continue;
    for (let j = i + 1; j < regels.length && regels[j].startsWith('    '); j++) {
      if (
        new RegExp(`regel \\d+, ${veld.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `).test(regels[j]) &&
        delen.every((d) => regels[j].includes(d))
      )
        return regels[j];
    }
  }
  return undefined;
}
