/**
 * The public portal's only script (no React, no antd: the budget is 100 KB gzipped for all public JS). The pages are
 * rendered on the server; this adds the interactive widgets where a page marks them with `data-ms-widget`.
 */
import { mount as mountFeedback } from './feedback';
import { mount as mountProposal } from './proposal';

const widgets: Record<string, (el: HTMLElement) => void> = { feedback: mountFeedback, proposal: mountProposal };

for (const el of document.querySelectorAll<HTMLElement>('[data-ms-widget]')) {
  const mount = widgets[el.dataset.msWidget ?? ''];
  if (mount) mount(el);
}
