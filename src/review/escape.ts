/**
 * Escaping for the review pages: the text of a disclosure is data, never markup.
 * Every string that reaches HTML goes through `html`; every value embedded in a
 * <script> block goes through `jsonInScript`.
 */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const HTML_SPECIAL = /[&<>"']/g;
const HAS_SPECIAL = /[&<>"']/;

/** Text safe in element content and in quoted attribute values. */
export function html(s: string): string {
  return HAS_SPECIAL.test(s) ? s.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]!) : s;
}

/**
 * JSON that can sit inside <script type="application/json">: no `<` (so no `</script>` or
 * `<!--`), and no U+2028/2029 that older parsers take for line ends.
 */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
