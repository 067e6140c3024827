/**
 * The editor's date field (widget `datum`): a day, shown the Dutch way as three choices
 * ("1", "december", "2026") and written as JJJJ-MM-DD, the only form the content check accepts.
 *
 * Decap's own date widget is the browser's date input: it shows the date in the browser's
 * language ("12/01/2026" in an English browser) and, in UTC mode, the word "UTC". Three plain
 * controls read the same in every browser, work with the keyboard, and cannot hold a day that
 * does not exist (the day list follows the month).
 */
import { alsDatum, dagenIn, formatDatum, isDatumTekst, isoDatum, MAANDEN, vandaag } from '../utils/datum.ts';

/** The day a field holds as JJJJ-MM-DD: text as the file has it, or a Date; undefined for anything else. */
export function datumTekstVan(waarde: unknown): string | undefined {
  const tekst = waarde instanceof Date ? (Number.isNaN(+waarde) ? '' : isoDatum(waarde)) : String(waarde ?? '').trim();
  return isDatumTekst(tekst) ? tekst : undefined;
}

/** The three parts as chosen so far; empty text for a part not chosen yet. */
interface Keuze {
  dag: string;
  maand: string;
  jaar: string;
}

function keuzeVan(waarde: unknown): Keuze {
  const tekst = datumTekstVan(waarde);
  if (!tekst) return { dag: '', maand: '', jaar: '' };
  const [jaar, maand, dag] = tekst.split('-').map(Number);
  return { dag: String(dag), maand: String(maand), jaar: String(jaar) };
}

/** JJJJ-MM-DD of a complete choice, its day kept within its month (31 February becomes the 28th); undefined while a part is missing. */
export function datumUitKeuze(k: Keuze): string | undefined {
  const jaar = Number(k.jaar);
  const maand = Number(k.maand);
  const dag = Number(k.dag);
  if (!k.jaar || !k.maand || !k.dag || !Number.isInteger(jaar) || jaar < 1000 || jaar > 9999) return undefined;
  return alsDatum(jaar, maand, Math.min(dag, dagenIn(jaar, maand)));
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
      const datum = datumUitKeuze(keuze);
      // A complete choice shows the day it became (31 February: the 28th).
      this.setState(datum ? keuzeVan(datum) : keuze);
      this.laatste = datum ?? '';
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
      const datum = datumTekstVan(this.props.value);
      return h('p', null, datum ? formatDatum(new Date(datum)) : '');
    },
  });
  return { Control, Preview };
}
