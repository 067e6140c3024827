/**
 * Benchmark of the related-insights index (src/utils/verwant.ts) on synthetic insights.
 * Prints figures; asserts nothing (speed is measured here, not in tests).
 *
 *   npm run bench:verwant              # 10,000 insights
 *   npm run bench:verwant -- 50000     # another size
 */
import { maakVerwantIndex, type VerwantDocument } from '../src/utils/verwant.ts';

const aantal = Number(process.argv[2] ?? 10_000);

// Deterministic pseudo-random numbers, so runs are comparable.
let zaad = 42;
const willekeurig = () => (zaad = (zaad * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

// A vocabulary with a Zipf-like distribution: a few words are everywhere, most are rare.
const stammen = [
  'huis',
  'school',
  'pand',
  'wijk',
  'zorg',
  'jeugd',
  'ouder',
  'kennis',
  'geld',
  'plan',
  'pilot',
  'netwerk',
  'data',
  'leer',
  'werk',
  'buurt',
  'markt',
  'raad',
  'fonds',
  'team',
];
const vocabulaire = Array.from({ length: 6000 }, (_, i) => `${stammen[i % stammen.length]}${i.toString(36)}`);
const woord = () => vocabulaire[Math.floor(vocabulaire.length * willekeurig() ** 3)];
const zin = (n: number) => Array.from({ length: n }, woord).join(' ');
const kies = <T>(lijst: readonly T[], n: number) =>
  Array.from({ length: n }, () => lijst[Math.floor(willekeurig() * lijst.length)]);

const rollen = [
  'gemeente',
  'rijksoverheid',
  'vastgoedeigenaar',
  'welzijnsorganisatie',
  'leegstandbeheerder',
  'school',
  'bedrijf',
  'fonds',
  'kennisinstelling',
  'facilitator',
  'partners',
  'bewoners',
];
const fasen = ['verkennen', 'alliantie-vormen', 'co-creatie', 'implementatie', 'evalueren', 'borgen'];
const principes = Array.from({ length: 40 }, (_, i) => `principe-${i}`);

const documenten: VerwantDocument[] = Array.from({ length: aantal }, (_, i) => ({
  id: `inzicht-${i}`,
  titel: zin(8),
  samenvatting: zin(30),
  tags: [woord(), woord(), woord()],
  tekst: zin(180),
  principes: willekeurig() < 0.3 ? [...new Set(kies(principes, 1 + Math.floor(willekeurig() * 2)))] : [],
  rollen: [...new Set(kies(rollen, 1 + Math.floor(willekeurig() * 3)))],
  fasen: [...new Set(kies(fasen, 1 + Math.floor(willekeurig() * 2)))],
  alliantie: willekeurig() < 0.8 ? `alliantie-${Math.floor(willekeurig() * 100)}` : undefined,
}));

// Wall time and CPU time: on a busy machine the CPU time is the better measure of the work done.
let cpu = process.cpuUsage();
const ms = (start: number) => {
  const c = process.cpuUsage(cpu);
  return `${(performance.now() - start).toFixed(0)} ms (cpu ${((c.user + c.system) / 1000).toFixed(0)} ms)`;
};
const geheugen = () => `${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB heap`;

console.log(
  `${aantal} synthetische inzichten (load average ${(await import('node:os')).loadavg()[0].toFixed(1)}), ${documenten.reduce((s, d) => s + d.tekst.split(' ').length, 0)} woorden body-tekst`,
);
let start = performance.now();
cpu = process.cpuUsage();
const index = maakVerwantIndex(documenten);
console.log(`index bouwen:            ${ms(start)} (${geheugen()})`);

start = performance.now();
cpu = process.cpuUsage();
let treffers = 0;
for (const d of documenten) treffers += index.verwant(d.id).length;
const c = process.cpuUsage(cpu);
const totaal = performance.now() - start;
console.log(
  `alle ${aantal} opvragingen: ${totaal.toFixed(0)} ms (cpu ${((c.user + c.system) / 1000).toFixed(0)} ms; ${((c.user + c.system) / aantal).toFixed(0)} µs cpu per inzicht, gemiddeld ${(treffers / aantal).toFixed(1)} treffers)`,
);

start = performance.now();
cpu = process.cpuUsage();
for (const d of documenten) index.verwant(d.id);
console.log(`opnieuw (uit cache):     ${ms(start)}`);
