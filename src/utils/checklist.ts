import { namenMet, type ChecklistTaxonomie } from '../taxonomies/registry.ts';
import { url } from './urls.ts';

export type { ChecklistTaxonomie };

/** Taxonomies with a printable checklist per term (a `checklist` part in the registry). */
export const CHECKLIST_TAXONOMIEEN = namenMet('checklist');

export const heeftChecklist = (taxonomie: string): taxonomie is ChecklistTaxonomie =>
  CHECKLIST_TAXONOMIEEN.some((naam) => naam === taxonomie);

/** /rollen/gemeente/checklist/ */
export const checklistUrl = (taxonomie: ChecklistTaxonomie, id: string) => url(`${taxonomie}/${id}/checklist/`);
