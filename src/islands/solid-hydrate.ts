import type { Component } from 'solid-js';
import { Suspense } from 'solid-js';
import { createComponent, hydrate } from 'solid-js/web';

/**
 * The browser half of Astro's Solid renderer, for this site's islands: always server-rendered,
 * hydrated once (`client:visible`), given props and no children. `@astrojs/solid-js`'s own client
 * also serves `client:only`, slots, and islands that Astro re-renders with new props after a
 * view transition; for that last case it wraps every island's props in a `solid-js/store`, which
 * costs each article about 2 KB of gzip JavaScript. Starlight has no view transitions, so here
 * the props are the plain object Astro parsed, read once.
 *
 * The shape of the tree (a Suspense boundary around the component) and the render id must match
 * what `@astrojs/solid-js/server.js` rendered, or hydration would not find its nodes.
 * `src/islands/solid-client.ts` makes Astro load this instead of `@astrojs/solid-js/client.js`.
 */
export default (element: HTMLElement) =>
  (
    island: Component<Record<string, unknown>>,
    props: Record<string, unknown>,
    slots: Record<string, string>,
    { client }: { client: string },
  ) => {
    if (!element.hasAttribute('ssr')) return;
    if (client === 'only' || Object.keys(slots).length > 0) {
      throw new Error('This site hydrates server-rendered Solid islands without children only (src/islands/).');
    }
    const dispose = hydrate(
      () =>
        createComponent(Suspense, {
          get children() {
            return createComponent(island, props);
          },
        }),
      element,
      { renderId: element.dataset.solidRenderId ?? '' },
    );
    element.addEventListener('astro:unmount', () => dispose(), { once: true });
  };
