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
 * File name of a new entry, made from the title with the site's slug rule (src/utils/slug.ts),
 * set just before saving (`preSave`), so the collection's `slug: '{{bestandsnaam}}'` uses it.
 * Never written into the file (see mdx-bestand.ts); existing entries keep their file name.
 */
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: any }) => {
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

CMS.registerWidget('mdx', MdxControl, MdxPreview);
CMS.registerWidget('bestandsnaam', BestandsnaamControl);
CMS.init();
