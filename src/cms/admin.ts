/**
 * Runs on /admin/ after the Decap CMS bundle: registers the site's Dutch phrases, the MDX file
 * format that keeps untouched text byte for byte, the text widget that offers MDX components,
 * the date and file-name widgets, and the check before saving; then starts the CMS.
 */
import { leesBestand, naarBestand } from './mdx-bestand.ts';
import { slugVan, uniekeSlug } from '../utils/slug.ts';
import type { Controle } from './config.ts';
import { problemenInTekst, problemenInVelden } from './controle.ts';
import { datumWidget } from './datum.ts';
import { maakMaandenNederlands } from './maandnamen.ts';
import { DATUM_CIJFERS, NEDERLANDS, samenvoegen, type Zinnen } from './nederlands.ts';
import { publiceerAlleenAlsKlaar } from './publiceren.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare global {
  interface Window {
    CMS: any;
    h: any;
    createClass: any;
  }
}

const { CMS, h, createClass } = window;

// Decap stops a save it refuses (a required field empty, the check below) by rejecting the save's
// promise, which nothing catches; the browser would report each refusal as an error although the
// editor already said why. Only those reasons are silenced: none, and its "persist failed" actions.
window.addEventListener('unhandledrejection', (e) => {
  if (e.reason === undefined || /^(UNPUBLISHED_)?ENTRY_PERSIST_FAILURE$/.test(e.reason?.type)) e.preventDefault();
});

// Decap's Dutch with the site's corrections (src/cms/nederlands.ts); dates on the workflow cards
// in Dutch words when the date library could be given them, else in numbers.
const zinnen = samenvoegen(CMS.getLocale('nl') as Zinnen, NEDERLANDS) as typeof NEDERLANDS & Zinnen;
if (!maakMaandenNederlands(window)) zinnen.workflow.workflow.dateFormat = DATUM_CIJFERS;
CMS.registerLocale('nl', zinnen);
const knoppen = zinnen.editor.editorToolbar as unknown as Record<string, string>;
publiceerAlleenAlsKlaar(document, {
  klaar: knoppen.status.replace('%{status}', knoppen.ready),
  status: knoppen.status.replace('%{status}', '').trim(),
  publiceer: [knoppen.publish, knoppen.publishing],
});

CMS.registerCustomFormat('mdx-bewaard', 'mdx', {
  fromFile: (inhoud: string) => leesBestand(inhoud),
  toFile: (data: Record<string, unknown>, volgorde?: string[]) => naarBestand(data, volgorde ?? []),
});

/** Per collection: what the form's fields are checked against before saving (src/cms/controle.ts). */
const controles = new Map<string, Controle>();

/** The text of an entry: a plain text box, saved exactly as typed, with buttons for MDX components. */
const MdxControl = createClass({
  componentDidMount() {
    const collectie = this.props.collection?.get?.('name');
    const controle = this.props.field.get('controle')?.toJS?.();
    if (collectie && controle) controles.set(collectie, controle);
  },
  /**
   * Refuses to save while an example text of a component button is left (the check refuses it too).
   * Reported as a missing required value: it is one, and only that kind makes Decap say why it did not save.
   */
  isValid() {
    const problemen = problemenInTekst(String(this.props.value ?? ''));
    return problemen.length ? { error: { type: 'PRESENCE', message: problemen.join(' ') } } : true;
  },
  invoegen(component: { naam: string; fragment: string; import?: string }) {
    const vak: HTMLTextAreaElement | null = this.vak;
    const tekst: string = this.props.value ?? '';
    const start = vak ? vak.selectionStart : tekst.length;
    const eind = vak ? vak.selectionEnd : tekst.length;
    let nieuw = `${tekst.slice(0, start)}${component.fragment}${tekst.slice(eind)}`;
    const heeftImport = new RegExp(`^import\\s+${component.naam}\\s+from\\s`, 'm').test(tekst);
    if (component.import && !heeftImport) nieuw = `${component.import}\n\n${nieuw.replace(/^\n+/, '')}`;
    this.props.onChange(nieuw);
  },
  render() {
    const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle, field } = this.props;
    const componenten = field.get('componenten')?.toJS?.() ?? [];
    return h(
      'div',
      { className: classNameWrapper },
      componenten.length
        ? h(
            'div',
            { className: 'mdx-componenten', role: 'group', 'aria-label': 'Onderdeel invoegen' },
            h('span', null, 'Invoegen: '),
            ...componenten.map((c: any) =>
              h('button', { type: 'button', 'data-component': c.naam, onClick: () => this.invoegen(c) }, c.label),
            ),
          )
        : null,
      h('textarea', {
        id: forID,
        ref: (el: HTMLTextAreaElement) => (this.vak = el),
        className: 'mdx-tekst',
        value: value ?? '',
        spellCheck: true,
        lang: 'nl',
        rows: 24,
        onChange: (e: any) => onChange(e.target.value),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      }),
    );
  },
});

const MdxPreview = createClass({
  render() {
    return h('pre', { style: { whiteSpace: 'pre-wrap' } }, this.props.value ?? '');
  },
});

/** Per collection: the field the file name is made from, and the file names already taken. */
const bestandsnaamBron = new Map<string, { bron: string; bezet: Set<string> }>();

function bestandsnaamVan(titel: string, bezet: Set<string>): string {
  const basis = slugVan(titel);
  return basis ? uniekeSlug(basis, bezet) : '';
}

/**
 * Just before saving (`preSave`): first the fields against the content check's schema
 * (src/cms/controle.ts), which stops the save with its words; then the file name of a new entry,
 * made from the title with the site's slug rule (src/utils/slug.ts), so the collection's
 * `slug: '{{bestandsnaam}}'` uses it. The file name is never written into the file (see
 * mdx-bestand.ts); existing entries keep theirs.
 */
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: any }) => {
    // What the form cannot require (a source names a document or a title).
    const controle = controles.get(entry.get('collection'));
    const problemen = controle ? problemenInVelden(entry.get('data').toJS(), controle) : [];
    if (problemen.length) {
      const melding = problemen.join(' · ');
      // Decap shows the error as text in its "Niet opgeslagen: …" notice.
      throw Object.assign(new Error(melding), { toString: () => melding });
    }
    const info = bestandsnaamBron.get(entry.get('collection'));
    if (!info || !entry.get('newRecord')) return undefined;
    const data = entry.get('data');
    return data.set('bestandsnaam', bestandsnaamVan(String(data.get(info.bron) ?? ''), info.bezet));
  },
});

/** Shows the file name a new entry will get, following the title as the author types. */
const BestandsnaamControl = createClass({
  getInitialState() {
    return { titel: '' };
  },
  info() {
    const { field } = this.props;
    return { bron: String(field.get('bron')), bezet: new Set<string>(field.get('bezet')?.toJS?.() ?? []) };
  },
  nieuw() {
    return Boolean(this.props.entry?.get('newRecord'));
  },
  componentDidMount() {
    const collectie = this.props.collection?.get?.('name') ?? this.props.entry?.get('collection');
    if (collectie) bestandsnaamBron.set(collectie, this.info());
    // Decap passes widgets a stale entry, so the title is read from its input field.
    this.volg = () => {
      const invoer = document.querySelector<HTMLInputElement>(`input[id^="${this.info().bron}-field"]`);
      if (invoer && invoer.value !== this.state.titel) this.setState({ titel: invoer.value });
    };
    document.addEventListener('input', this.volg, true);
    this.volg();
  },
  componentWillUnmount() {
    document.removeEventListener('input', this.volg, true);
  },
  render() {
    const { forID, classNameWrapper, entry } = this.props;
    const tekst = this.nieuw()
      ? bestandsnaamVan(this.state.titel, this.info().bezet) || '(vul eerst de titel in)'
      : String(entry?.get('slug') ?? '').replace(/\/index$/, '');
    return h('output', { id: forID, className: classNameWrapper, 'data-bestandsnaam': tekst }, tekst);
  },
});

/**
 * Decap's list, which lets a required list with a minimum stay empty: its count check starts at one
 * item, and its result replaces the "is verplicht" of an empty list. This one refuses an empty
 * required list ("Bronnen: voeg er minstens 1 toe."), as a missing value, so Decap says why it did not save.
 */
const lijst = CMS.getWidget('list');
class Lijst extends lijst.control {
  constructor(props: any) {
    super(props);
    const basis = this.validateSize;
    this.validateSize = () => {
      const { field, value, t } = this.props;
      if (!field.get('required', true) || value?.size) return basis();
      const label = field.get('label', field.get('name'));
      const minCount = Math.max(1, field.get('min') ?? 1);
      return [{ type: 'PRESENCE', message: t('editor.editorControlPane.widget.rangeMin', { fieldLabel: label, minCount }) }];
    };
  }
}
CMS.registerWidget({
  name: 'list',
  controlComponent: Lijst,
  previewComponent: lijst.preview,
  schema: lijst.schema,
  globalStyles: lijst.globalStyles,
  allowMapValue: lijst.allowMapValue,
});

const datum = datumWidget(h, createClass);
CMS.registerWidget('datum', datum.Control, datum.Preview);
CMS.registerWidget('mdx', MdxControl, MdxPreview);
CMS.registerWidget('bestandsnaam', BestandsnaamControl);
CMS.init();
