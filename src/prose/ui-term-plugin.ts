import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales.ts';
import { uiTermElement } from './ui-term.ts';

type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

/** The attributes of an MDX JSX element, as Satteri's mdast gives them. */
interface JsxElement {
  readonly name: string | null;
  readonly attributes: readonly { type: string; name?: string; value?: unknown }[];
}

/** Where the docs are, relative to the project root: the folder Starlight reads. */
const docsFolder = 'src/content/docs';

/** The page file as writers know it (`src/content/docs/it/x.mdx`) and its language (its first folder under the docs, else English). */
export function docsPageOf(file: string, root: string): { page: string; locale: Locale } | undefined {
  const page = relative(root, file).split(sep).join('/');
  if (!page.startsWith(`${docsFolder}/`)) return undefined;
  const folder = page.slice(docsFolder.length + 1).split('/')[0];
  const locale = localeCodes.find((code) => code !== defaultLocale && code === folder) ?? defaultLocale;
  return { page, locale };
}

/** The attributes of a `<UiTerm>` written with plain string values; an expression (`id={x}`) is left to the component. */
function stringAttributes(element: JsxElement): Record<string, string> | undefined {
  const attributes: Record<string, string> = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') return undefined;
    attributes[attribute.name!] = attribute.value;
  }
  return attributes;
}

/**
 * A Satteri (Astro's Markdown processor) plugin that writes each `<UiTerm>` of a docs page as the
 * element the component prints (`<span class="ui-term" data-term="…">label</span>`) when the
 * page is compiled: the label is known then, from the page's language and the rules module's
 * terms. Articles name account screens a dozen times each; as components, each would be rendered
 * again on every build, and at thousands of articles that was about a twentieth of the build's
 * time. An unknown id stops the compile with the page and the known ids, as the component does.
 */
export function uiTermPlugin(root: string): MdastPluginEntry {
  return ({ fileURL }) => {
    const docsPage = fileURL && docsPageOf(fileURLToPath(fileURL), root);
    if (!docsPage) return undefined;
    // The span is an mdast node that the HTML step writes as a `<span>` (`hName`): a phrasing node
    // in a sentence, a block node where the tag stands on a line of its own.
    const replace = (type: 'emphasis' | 'paragraph') => (element: JsxElement) => {
      if (element.name !== 'UiTerm') return undefined;
      const attributes = stringAttributes(element);
      if (!attributes) return undefined;
      const { className, dataTerm, text } = uiTermElement(attributes, docsPage.locale, docsPage.page);
      return {
        type,
        data: { hName: 'span', hProperties: { className: [className], dataTerm } },
        children: [{ type: 'text' as const, value: text }],
      };
    };
    return { name: 'ui-term', mdxJsxTextElement: replace('emphasis'), mdxJsxFlowElement: replace('paragraph') };
  };
}
