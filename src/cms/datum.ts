/**
 * The editor's date field (widget `datum`): a day, shown the Dutch way as three choices
 * ("1", "december", "2026") and written as JJJJ-MM-DD, the only form the content check accepts.
 *
 * Decap's own date widget is the browser's date input: it shows the date in the browser's
 * language ("12/01/2026" in an English browser) and, in UTC mode, the word "UTC". Three plain
 * controls read the same in every browser, work with the keyboard, and cannot hold a day that
 * does not exist (the day list follows the month).
 */
import { MAANDEN } from '../schemas/velden.ts';

export interface Dag {
  jaar: number;
  /** 1 to 12. */
  maand: number;
  dag: number;
}

/** Number of days in a month (1 to 12) of a year. */
export function dagenIn(jaar: number, maand: number): number {
  return new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

const twee = (n: number) => String(n).padStart(2, '0');

/** JJJJ-MM-DD of a day. */
export function alsTekst({ jaar, maand, dag }: Dag): string {
  return `${String(jaar).padStart(4, '0')}-${twee(maand)}-${twee(dag)}`;
}

/** The day a field holds: JJJJ-MM-DD text (as the file has it) or a Date; undefined for anything else. */
export function dagVan(waarde: unknown): Dag | undefined {
  if (waarde instanceof Date && !Number.isNaN(+waarde))
    return { jaar: waarde.getUTCFullYear(), maand: waarde.getUTCMonth() + 1, dag: waarde.getUTCDate() };
  const m = typeof waarde === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(waarde.trim()) : null;
  if (!m) return undefined;
  const dag = { jaar: +m[1], maand: +m[2], dag: +m[3] };
  return dag.maand >= 1 && dag.maand <= 12 && dag.dag >= 1 && dag.dag <= dagenIn(dag.jaar, dag.maand) ? dag : undefined;
}

/** "1 december 2026". */
export function voluit({ jaar, maand, dag }: Dag): string {
  return `${dag} ${MAANDEN[maand - 1]} ${jaar}`;
}

/** Today where the author is (their clock), not in UTC: late in the evening it is still today. */
export function vandaag(nu = new Date()): string {
  return alsTekst({ jaar: nu.getFullYear(), maand: nu.getMonth() + 1, dag: nu.getDate() });
}

/** The three parts as chosen so far; empty text for a part not chosen yet. */
interface Keuze {
  dag: string;
  maand: string;
  jaar: string;
}

function keuzeVan(waarde: unknown): Keuze {
  const d = dagVan(waarde);
  return d ? { dag: String(d.dag), maand: String(d.maand), jaar: String(d.jaar) } : { dag: '', maand: '', jaar: '' };
}

/** The day of a complete choice, with the day kept within its month; undefined while a part is missing. */
export function dagUitKeuze(k: Keuze): Dag | undefined {
  const jaar = Number(k.jaar);
  const maand = Number(k.maand);
  const dag = Number(k.dag);
  if (!k.jaar || !k.maand || !k.dag || !Number.isInteger(jaar) || jaar < 1000 || jaar > 9999) return undefined;
  return { jaar, maand, dag: Math.min(dag, dagenIn(jaar, maand)) };
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/** The control and preview of the widget, made with Decap's React (`h`, `createClass` on `window`). */
export function datumWidget(h: any, createClass: any) {
  const Control = createClass({
    getInitialState() {
      return keuzeVan(this.props.value);
    },
    componentDidMount() {
      // A new entry starts at today, as `npm run nieuw` does.
      if (!this.props.value && this.props.entry?.get('newRecord')) this.kies(keuzeVan(vandaag()));
    },
    componentDidUpdate(vorige: any) {
      // A value set from outside (another entry, a restored backup) replaces the choice.
      if (vorige.value !== this.props.value && this.props.value !== this.laatste) this.setState(keuzeVan(this.props.value));
    },
    kies(deel: Partial<Keuze>) {
      const keuze = { ...this.state, ...deel };
      const dag = dagUitKeuze(keuze);
      if (dag) keuze.dag = String(dag.dag);
      this.setState(keuze);
      this.laatste = dag ? alsTekst(dag) : '';
      this.props.onChange(this.laatste);
    },
    render() {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, field } = this.props;
      const label = String(field.get('label'));
      const jaar = Number(this.state.jaar) || 2000;
      const dagen = this.state.maand ? dagenIn(jaar, Number(this.state.maand)) : 31;
      const leeg = (tekst: string) => h('option', { value: '' }, tekst);
      const focus = { onFocus: setActiveStyle, onBlur: setInactiveStyle };
      return h(
        'div',
        { className: `${classNameWrapper} datum-keuze`, role: 'group', 'aria-label': label },
        h(
          'select',
          {
            id: forID,
            'aria-label': `${label}: dag`,
            value: this.state.dag,
            onChange: (e: any) => this.kies({ dag: e.target.value }),
            ...focus,
          },
          leeg('dag'),
          ...Array.from({ length: dagen }, (_, i) => h('option', { key: i, value: String(i + 1) }, String(i + 1))),
        ),
        h(
          'select',
          {
            'aria-label': `${label}: maand`,
            value: this.state.maand,
            onChange: (e: any) => this.kies({ maand: e.target.value }),
            ...focus,
          },
          leeg('maand'),
          ...MAANDEN.map((naam, i) => h('option', { key: naam, value: String(i + 1) }, naam)),
        ),
        h('input', {
          type: 'text',
          inputMode: 'numeric',
          pattern: '[0-9]{4}',
          maxLength: 4,
          size: 4,
          'aria-label': `${label}: jaar`,
          placeholder: 'jaar',
          value: this.state.jaar,
          onChange: (e: any) => this.kies({ jaar: e.target.value.replace(/\D/g, '') }),
          ...focus,
        }),
        h('button', { type: 'button', onClick: () => this.kies(keuzeVan(vandaag())) }, 'Vandaag'),
      );
    },
  });

  const Preview = createClass({
    render() {
      const dag = dagVan(this.props.value);
      return h('p', null, dag ? voluit(dag) : '');
    },
  });
  return { Control, Preview };
}
