/**
 * Runs on /admin/ after the Decap CMS bundle: registers the MDX file format that keeps
 * untouched text byte for byte, the text widget that offers MDX components, and the
 * file-name widget that applies the site's slug rule; then starts the CMS.
 */
import { leesBestand, naarBestand } from './mdx-bestand.ts';
import { slugVan, uniekeSlug } from '../utils/slug.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare global {
  interface Window {
    CMS: any;
    h: any;
    createClass: any;
  }
}

const { CMS, h, createClass } = window;

CMS.registerCustomFormat('mdx-bewaard', 'mdx', {
  fromFile: (inhoud: string) => leesBestand(inhoud),
  toFile: (data: Record<string, unknown>, volgorde?: string[]) => naarBestand(data, volgorde ?? []),
});

/** The text of an entry: a plain text box, saved exactly as typed, with buttons for MDX components. */
const MdxControl = createClass({
  invoegen(component: { naam: string; fragment: string; import: string }) {
    const vak: HTMLTextAreaElement | null = this.vak;
    const tekst: string = this.props.value ?? '';
    const start = vak ? vak.selectionStart : tekst.length;
    const eind = vak ? vak.selectionEnd : tekst.length;
    let nieuw = `${tekst.slice(0, start)}${component.fragment}${tekst.slice(eind)}`;
    const heeftImport = new RegExp(`^import\\s+${component.naam}\\s+from\\s`, 'm').test(tekst);
    if (!heeftImport) nieuw = `${component.import}\n\n${nieuw.replace(/^\n+/, '')}`;
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

/** File name of a new entry, made from the title with the site's slug rule; fixed once the entry exists. */
const BestandsnaamControl = createClass({
  nieuw() {
    return Boolean(this.props.entry?.get('newRecord'));
  },
  berekend() {
    const { entry, field } = this.props;
    const bron = field.get('bron');
    const titel = String(entry?.getIn(['data', bron]) ?? '');
    const bezet = new Set<string>(field.get('bezet')?.toJS?.() ?? []);
    const basis = slugVan(titel);
    return basis ? uniekeSlug(basis, bezet) : '';
  },
  bijwerken() {
    if (!this.nieuw()) return;
    const slug = this.berekend();
    if (slug !== (this.props.value ?? '')) this.props.onChange(slug);
  },
  componentDidMount() {
    this.bijwerken();
  },
  componentDidUpdate() {
    this.bijwerken();
  },
  isValid() {
    if (this.nieuw() && !this.props.value) return { error: { message: 'Vul eerst een titel in: daar wordt de bestandsnaam uit gemaakt.' } };
    return true;
  },
  render() {
    const { forID, classNameWrapper, value, entry } = this.props;
    const tekst = this.nieuw() ? value || '(vul eerst de titel in)' : String(entry?.get('slug') ?? '').replace(/\/index$/, '');
    return h('output', { id: forID, className: classNameWrapper, 'data-bestandsnaam': tekst }, tekst);
  },
});

CMS.registerWidget('mdx', MdxControl, MdxPreview);
CMS.registerWidget('bestandsnaam', BestandsnaamControl);
CMS.init();
