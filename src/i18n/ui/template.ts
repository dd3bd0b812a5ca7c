/**
 * Fills `{name}` placeholders of a UI string. Values are text: the result is rendered as text by
 * the caller (never as HTML), so nothing a user typed can become markup.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
