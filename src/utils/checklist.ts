import { url } from './urls.ts';

/** Taxonomies with a printable checklist per term. */
export const CHECKLIST_TAXONOMIEEN = ['rollen', 'fasen'] as const;
export type ChecklistTaxonomie = (typeof CHECKLIST_TAXONOMIEEN)[number];

export const heeftChecklist = (taxonomie: string): taxonomie is ChecklistTaxonomie =>
  (CHECKLIST_TAXONOMIEEN as readonly string[]).includes(taxonomie);

/** /rollen/gemeente/checklist/ */
export const checklistUrl = (taxonomie: ChecklistTaxonomie, id: string) => url(`${taxonomie}/${id}/checklist/`);
