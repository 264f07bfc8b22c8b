// Escaping for what index.html carries inline. The data sits in a
// <script type="application/json"> element: the HTML parser ends that element at the first
// "</script" and treats "<!--" specially, whatever the JSON means, so every "<" (and ">", "&",
// and the two line separators JavaScript once rejected) is written as a \u escape, which
// JSON.parse reads back to the same character.

/** JSON text safe to place between <script type="application/json"> and </script>. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text safe inside an HTML element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
