// The Summaries panel's page (see common/page_html.ts for the CSP).
import { panelPageHtml, PageAssets } from '../common/page_html';
export const summariesPanelHtml = (opts: PageAssets): string => panelPageHtml({ ...opts, title: 'Summaries', rootId: 'root' });
