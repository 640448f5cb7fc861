// The Graph panel's page (see common/page_html.ts for the CSP).
import { panelPageHtml, PageAssets } from '../common/page_html';
export const graphPanelHtml = (opts: PageAssets): string => panelPageHtml({ ...opts, title: 'Gradbook Graph', rootId: 'graph' });
