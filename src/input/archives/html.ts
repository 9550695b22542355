/**
 * The main text of an HTML page: @mozilla/readability (Firefox's Reader View) picks the article
 * out of a linkedom document, so navigation, footers, sidebars and scripts never reach
 * extraction. The text keeps the page's structure as plain text does: the title first, then one
 * paragraph per block element, paragraphs separated by a blank line.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Elements that start a new paragraph of the text (a `<br>` starts a new line in one). */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** Elements whose text is never article text, for pages Readability finds no article in. */
const NOT_TEXT = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg';

interface TextNode { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<TextNode> }

/** The text of a node, a paragraph per block element, a line per `<br>`, white space inside a line collapsed. */
function paragraphs(root: TextNode): string[] {
  const out: string[] = [];
  let lines: string[] = [];
  let current = '';
  const endLine = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const flush = () => {
    endLine();
    if (lines.length) out.push(lines.join('\n'));
    lines = [];
  };
  const visit = (node: TextNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    if (node.nodeName.toUpperCase() === 'BR') return endLine();
    const block = BLOCKS.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return out;
}

/** The article text of a page; its title leads when the article does not already start with it. */
export function htmlMainText(html: string): string {
  const { document } = parseHTML(html);
  const title = (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const article = new Readability(document as unknown as Document, { charThreshold: 0 }).parse();
  let body: string[];
  if (article?.content) {
    body = paragraphs(parseHTML(`<html><body>${article.content}</body></html>`).document.body as unknown as TextNode);
  } else {
    // No article found: the body without what is never article text.
    const fallback = parseHTML(html).document;
    for (const el of Array.from(fallback.querySelectorAll(NOT_TEXT))) el.remove();
    body = fallback.body ? paragraphs(fallback.body as unknown as TextNode) : [];
  }
  const headline = (article?.title ?? title).replace(/\s+/g, ' ').trim();
  if (headline && body[0] !== headline) body.unshift(headline);
  return body.join('\n\n');
}
