/**
 * The questions of `npm run nieuw` and `npm run redactie`, in Dutch. Clack (@clack/prompts 1.9)
 * writes its keyboard hints ("↑/↓ to navigate • Space: select • Enter: confirm"), the error of an
 * empty multiple choice ("Please select at least one option") and an empty answer ("none") in English,
 * with no setting to translate them; it can only hide the hints (`showInstructions`). So a single
 * choice is clack's `select` with its hints hidden and Dutch ones under the question, and a multiple
 * choice is @clack/core's prompt drawn here in clack's style, with Dutch hints and messages.
 */
import type { Readable, Writable } from 'node:stream';
import { styleText } from 'node:util';
import { MultiSelectPrompt } from '@clack/core';
import {
  S_BAR,
  S_BAR_END,
  S_CHECKBOX_ACTIVE,
  S_CHECKBOX_INACTIVE,
  S_CHECKBOX_SELECTED,
  limitOptions,
  select,
  symbol,
  text,
} from '@clack/prompts';

/** The keyboard hints, as shown under a question. */
const TOETSEN = {
  een: '↑/↓ kiezen · Enter bevestigen',
  meer: '↑/↓ kiezen · spatie aan of uit · Enter bevestigen',
} as const;

/**
 * Whether the arguments ask for a script's help text: `npm run x -- --help`, or `npm run x help`
 * (without the `--`, npm answers a bare --help itself).
 */
export function vraagtHulp(args: string[]): boolean {
  return args.some((a) => ['--help', '-h', 'help', 'hulp', '--hulp'].includes(a));
}

/** Where the questions are asked: the terminal, or streams in a test. */
export interface Terminal {
  input?: Readable;
  output?: Writable;
}

/** One choice: what it stands for, the Dutch label shown, and a hint beside it (the id in the file). */
export interface Keuze<T> {
  value: T;
  label: string;
  hint?: string;
}

const metToetsen = (vraag: string, toetsen: string) => `${vraag}\n${styleText('dim', toetsen)}`;

/** One of a list; a symbol when the user stops (Ctrl+C). */
export function kiesEen<T>(vraag: string, keuzes: Keuze<T>[], terminal: Terminal = {}) {
  return select<T>({
    ...terminal,
    message: metToetsen(vraag, TOETSEN.een),
    options: keuzes as Parameters<typeof select<T>>[0]['options'],
    showInstructions: false,
  });
}

/** A line of text (clack's text prompt has no English in it); `controle` returns the Dutch reason an answer is refused. */
export function vraagTekst(
  vraag: string,
  opties: { voorbeeld?: string; begin?: string; controle?: (v: string) => string | undefined },
  terminal: Terminal = {},
) {
  return text({
    ...terminal,
    message: vraag,
    placeholder: opties.voorbeeld,
    initialValue: opties.begin,
    validate: opties.controle && ((v) => opties.controle!(v ?? '')),
  });
}

/** At least `min` of a list; a symbol when the user stops (Ctrl+C). */
export function kiesMeer<T>(
  vraag: string,
  keuzes: Keuze<T>[],
  { min = 1, wat = 'keuze' }: { min?: number; wat?: string } = {},
  terminal: Terminal = {},
): Promise<T[] | symbol> {
  const { output = process.stdout } = terminal;
  const regel = (k: Keuze<T>, aan: boolean, actief: boolean) => {
    const vakje = aan
      ? styleText('green', S_CHECKBOX_SELECTED)
      : styleText(actief ? 'cyan' : 'dim', actief ? S_CHECKBOX_ACTIVE : S_CHECKBOX_INACTIVE);
    const hint = actief && k.hint ? ` ${styleText('dim', `(${k.hint})`)}` : '';
    return `${vakje} ${aan || actief ? k.label : styleText('dim', k.label)}${hint}`;
  };
  return new MultiSelectPrompt<Keuze<T>>({
    input: terminal.input,
    output,
    options: keuzes,
    required: false,
    validate: (gekozen) =>
      (gekozen?.length ?? 0) >= min
        ? undefined
        : `Kies minstens ${min === 1 ? 'één' : min} ${wat}: spatiebalk = aan of uit, dan Enter.`,
    render() {
      const gekozen = this.value ?? [];
      const kop = `${styleText('gray', S_BAR)}\n${symbol(this.state)}  ${vraag}\n`;
      const namen = keuzes.filter((k) => gekozen.includes(k.value)).map((k) => k.label);
      if (this.state === 'submit') return `${kop}${styleText('gray', S_BAR)}  ${styleText('dim', namen.join(', '))}`;
      if (this.state === 'cancel')
        return `${kop}${styleText('gray', S_BAR)}  ${styleText(['strikethrough', 'dim'], namen.join(', ') || 'gestopt')}`;
      const kleur = this.state === 'error' ? 'yellow' : 'cyan';
      const balk = `${styleText(kleur, S_BAR)}  `;
      const regels = limitOptions({
        output,
        options: keuzes,
        cursor: this.cursor,
        columnPadding: balk.length,
        rowPadding: 4,
        style: (k, actief) => regel(k, gekozen.includes(k.value), actief),
      });
      const voet = this.state === 'error' ? styleText('yellow', `${S_BAR_END}  ${this.error}`) : styleText('cyan', S_BAR_END);
      return `${kop}${balk}${styleText('dim', TOETSEN.meer)}\n${regels.map((r) => balk + r).join('\n')}\n${voet}\n`;
    },
  }).prompt() as Promise<T[] | symbol>;
}
