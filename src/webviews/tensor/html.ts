// The Tensor panel's page (see common/page_html.ts for the CSP).
import { panelPageHtml, PageAssets } from '../common/page_html';
export const tensorPanelHtml = (opts: PageAssets): string => panelPageHtml({ ...opts, title: 'Tensor', rootId: 'root' });
