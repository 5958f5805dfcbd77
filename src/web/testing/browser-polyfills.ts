// What Mantine asks of a browser and happy-dom lacks: media queries, element resizing, scrolling an option into
// view, font loading.
if (!window.matchMedia)
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;

if (!('ResizeObserver' in window))
  Object.assign(window, {
    ResizeObserver: class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  });

if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;

// Mantine's autosizing textarea measures again when web fonts load.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });
