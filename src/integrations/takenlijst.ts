import type { HastPluginDefinition } from 'satteri';

/**
 * Sätteri hast plugin (markdown.processor in astro.config.mjs, for .md and .mdx alike): names the
 * checkboxes of GFM task lists ("- [ ] ...") after the text of their item. They are rendered as bare
 * `<input type="checkbox" disabled>`, without an accessible name (axe: label, WCAG 4.1.2), so a
 * screen reader would announce an unlabelled checkbox.
 */
export const takenlijstLabels: HastPluginDefinition = {
  name: 'inzichtenbank:takenlijst-labels',
  element: {
    filter: ['input'],
    visit(node, ctx) {
      if (node.properties?.type !== 'checkbox' || node.properties?.ariaLabel) return;
      // The checkbox sits in the item, or in its first paragraph when the list is loose.
      let item = ctx.parent(node);
      if (item && 'tagName' in item && item.tagName === 'p') item = ctx.parent(item);
      if (!item || !('tagName' in item) || item.tagName !== 'li') return;
      const klasse = item.properties?.className;
      if (!(Array.isArray(klasse) ? klasse : String(klasse ?? '').split(' ')).includes('task-list-item')) return;
      const naam = ctx.textContent(item).trim().replace(/\s+/g, ' ');
      if (naam) ctx.setProperty(node, 'ariaLabel', naam);
    },
  },
};
