// The Gradients panel's page (see common/page_html.ts for the CSP).
import { panelPageHtml, PageAssets } from '../common/page_html';
export { makeNonce } from '../common/page_html';
export const gradientsPanelHtml = (opts: PageAssets): string => panelPageHtml({ ...opts, title: 'Gradients', rootId: 'root' });
