import { configure } from '@testing-library/react';

/** What Fluent UI needs from a browser that jsdom lacks: MessageBar watches its size. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}

/** What the pane reads picked files with, which jsdom's Blob lacks: the bytes, through a FileReader. */
if (typeof Blob !== 'undefined' && typeof Blob.prototype.arrayBuffer !== 'function') {
  Object.defineProperty(Blob.prototype, 'arrayBuffer', {
    configurable: true,
    value(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

/**
 * findBy… and waitFor wait up to 5 s, not Testing Library's 1 s: on a 2-core CI machine running
 * several test files at once, a screen's check or analysis can take longer than a second to render.
 */
configure({ asyncUtilTimeout: 5000 });
