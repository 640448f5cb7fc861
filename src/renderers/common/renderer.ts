// The activate() every Gradbook renderer exports: parse the item, draw it into the element
// (again on each update: an in-place output replaces its item), show a readable error otherwise.
import type { ActivationFunction, OutputItem } from 'vscode-notebook-renderer';
import { installStyles } from './styles';
import { renderError } from './dom';

export function rendererFor<T>(what: string, draw: (payload: T, element: HTMLElement) => void): ActivationFunction {
  return () => ({
    renderOutputItem(item: OutputItem, element: HTMLElement) {
      installStyles(element);
      let payload: T;
      try {
        payload = item.json() as T;
        draw(payload, element);
      } catch (e) {
        let text: string | undefined;
        try { text = item.text().slice(0, 2000); } catch { text = undefined; }
        renderError(element, what, e, text);
      }
    },
    disposeOutputItem() {
      // Views hold no timers or subscriptions; the element goes away with its DOM.
    },
  });
}
