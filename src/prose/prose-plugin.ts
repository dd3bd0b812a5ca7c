import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { docsFileAt, docsFolder } from '../i18n/docs-files.ts';
import { proseElements, type ProsePage } from './prose-elements.ts';

type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

/** An MDX JSX element, as Satteri's mdast gives it. */
interface JsxElement {
  readonly type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  readonly name: string | null;
  readonly attributes: readonly { type: string; name?: string; value?: unknown }[];
  readonly children: readonly unknown[];
}

/** The page file as writers know it (`src/content/docs/it/x.mdx`) and its language; undefined outside the docs. */
export function docsPageOf(file: string, root: string): ProsePage | undefined {
  const page = relative(root, file).split(sep).join('/');
  if (!page.startsWith(`${docsFolder}/`)) return undefined;
  return { page, locale: docsFileAt(page.slice(docsFolder.length + 1)).locale as ProsePage['locale'] };
}

/** The attributes of an element written with plain string values; undefined when one is an expression (`id={x}`). */
function stringAttributes(element: JsxElement): Record<string, string> | undefined {
  const attributes: Record<string, string> = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') return undefined;
    attributes[attribute.name!] = attribute.value;
  }
  return attributes;
}

/**
 * A Satteri (Astro's Markdown processor) plugin that writes the prose components of a docs page
 * (`<UiTerm>`, `<RuleValue>`, `<Rule>`: `prose-elements.ts`) as the `<span>` each prints, when
 * the page is compiled: the label or value is known then, from the page's language and the rules
 * module. An article names account screens, values and rules twenty times and more; as
 * components, each would be rendered again on every build of every page, which at thousands of
 * articles was a twentieth of the build's time for five labels an article. An unknown id stops the
 * compile with the page and the known ids, as the components do.
 *
 * A tag whose attributes are expressions is left to its component, which prints the same element.
 */
export function prosePlugin(root: string): MdastPluginEntry {
  return ({ fileURL }) => {
    const page = fileURL && docsPageOf(fileURLToPath(fileURL), root);
    if (!page) return undefined;
    // The component's tag becomes a plain `<span>` tag, in a sentence or on lines of its own alike,
    // which MDX writes as HTML.
    const replace = (element: JsxElement) => {
      const elementOf =
        element.name && Object.hasOwn(proseElements, element.name)
          ? proseElements[element.name as keyof typeof proseElements]
          : undefined;
      const attributes = elementOf && stringAttributes(element);
      if (!elementOf || !attributes) return undefined;
      const { attributes: spanAttributes, text } = elementOf(attributes, page);
      return {
        ...element,
        name: 'span',
        attributes: Object.entries(spanAttributes).map(([name, value]) => ({
          type: 'mdxJsxAttribute' as const,
          name,
          value,
        })),
        children: text === undefined ? [...element.children] : [{ type: 'text' as const, value: text }],
      };
    };
    return { name: 'prose-elements', mdxJsxTextElement: replace, mdxJsxFlowElement: replace };
  };
}
