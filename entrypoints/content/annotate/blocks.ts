/**
 * How the highlighter reads a page: which elements are prose blocks, which are skipped, and how a
 * block's text is cut into segments (runs of text a reader reads as one line of prose).
 */

/**
 * Elements that flow inside a line of text. Everything else (p, li, div, td, unknown custom
 * elements…) is a block: text never runs across its edges, so a name can't be glued together from
 * a heading and the paragraph after it.
 */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins',
  'label', 'mark', 'nobr', 'q', 'ruby', 'rb', 'rp', 'rt', 's', 'small', 'span', 'strike', 'strong', 'sub',
  'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

/**
 * Subtrees a reader doesn't read as prose. `code`/`kbd`/`samp` are skipped too: a name inside code
 * is an identifier, and a highlight there would change what a reader copies.
 */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup',
  'button', 'code', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'head', 'title',
]);

/** Marks the extension's own UI (popover hosts, toolbars): never scanned. */
export const UI_ATTRIBUTE = 'data-siyaq-ui';

/** Block elements that hold prose: the candidates for visible-first annotation. */
export const PROSE_BLOCK_SELECTOR = 'p,li,h1,h2,h3,h4,h5,h6,td,th,blockquote,figcaption,dd,dt,caption,summary';

/** Whether an element flows inline (text continues across its edges). */
export function isInline(el: Element): boolean {
  return INLINE.has(el.localName);
}

/** Whether an element's subtree is never scanned. */
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.localName) || el.hasAttribute(UI_ATTRIBUTE)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * What owns a run of text: a block element, or an open shadow root (text at a shadow root's top
 * level, `<span>` directly in it, has no block around it but the root).
 */
export type Owner = Element | ShadowRoot;

/** Whether a node is an (open, reachable) shadow root. */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && (node as ShadowRoot).host !== undefined;
}

/**
 * Whether a node is inside (or is) a skipped subtree; checks ancestors, for nodes added later,
 * across shadow boundaries (a web component inside a contenteditable region is skipped too).
 */
export function isInSkippedTree(node: Node): boolean {
  for (let n: Node | null = node.nodeType === 1 ? node : node.parentNode; n; n = isShadowRoot(n) ? n.host : n.parentNode)
    if (n.nodeType === 1 && isSkipped(n as Element)) return true;
  return false;
}

/**
 * Navigation, the site's footer and its sidebars: the site's furniture, the same on every page of it or
 * other pages' headlines («الأكثر قراءة» beside a story: a Lebanese headline there says nothing of a
 * Libyan story's «طرابلس»).
 */
const CHROME_SELECTOR = 'nav, [role="navigation"], [role="contentinfo"], footer, aside, [role="complementary"]';
/** A footer inside these is the article's or the section's own (a byline, sources), not the site's. */
const CONTENT_SELECTOR = 'article, main, [role="main"], section';
/**
 * Navigation that is this page's own: a breadcrumb trail, the path to the current page (WAI-ARIA's
 * breadcrumb pattern: a nav labelled «breadcrumb»; Bootstrap's `.breadcrumb`; schema.org's
 * BreadcrumbList), and the page's main content, which no menu holds.
 */
const OWN_NAVIGATION = '[aria-label*="breadcrumb" i], [class*="breadcrumb" i], [itemtype*="BreadcrumbList"], main, [role="main"]';

/**
 * Whether a block is page chrome: in a navigation menu, the site's footer or a sidebar. Its names are
 * highlighted, but they say nothing about what the page is about: a menu «لبنان | سوريا | ليبيا» is
 * on every page of the site, a sidebar's «most read» is other stories. A breadcrumb trail
 * («الرئيسية › ليبيا») or main content inside such markup is about this page, and so is an `aside`
 * inside the article (HTML: content tangential to the article — a fact box, a pull quote) and a footer
 * inside the content (a byline, sources).
 */
export function isPageChrome(owner: Owner): boolean {
  const el = isShadowRoot(owner) ? owner.host : owner;
  const chrome = el.closest(CHROME_SELECTOR);
  if (!chrome) return false;
  const own = el.closest(OWN_NAVIGATION);
  if (own && chrome.contains(own)) return false;
  if (chrome.matches('[role="contentinfo"], [role="complementary"]')) return true;
  if (chrome.localName === 'aside') return !chrome.parentElement?.closest('article');
  return chrome.localName !== 'footer' || !chrome.parentElement?.closest(CONTENT_SELECTOR);
}

/** The block that owns a node's text: its nearest ancestor (or itself) that isn't inline. */
export function ownerOf(node: Node): Owner | null {
  for (let n: Node | null = node.nodeType === 1 ? node : node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === 1) {
      if (!isInline(n as Element)) return n as Element;
    } else return isShadowRoot(n) ? n : null;
  }
  return null;
}

/**
 * A run of text a reader reads as one piece: consecutive text nodes of one block, not interrupted
 * by a nested block, a `<br>` or a skipped element. `text` is their concatenation; `starts[i]` is
 * where `nodes[i]` begins in it.
 */
export interface Segment {
  nodes: Text[];
  starts: number[];
  text: string;
}

/** The segments whose owner is `block` (nested blocks are their own owners and are left out). */
export function collectSegments(block: Owner): Segment[] {
  const out: Segment[] = [];
  let seg: Segment = emptySegment();
  const flush = (): void => {
    if (seg.nodes.length && seg.text.trim()) out.push(seg);
    seg = emptySegment();
  };
  const visit = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = (child as Text).data;
        seg.nodes.push(child as Text);
        seg.starts.push(seg.text.length);
        seg.text += text;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.localName === 'br' || isSkipped(el) || !isInline(el)) flush();
        else visit(el);
      }
    }
  };
  visit(block);
  flush();
  return out;
}

/**
 * A TreeWalker over the blocks under `root` (and `root` itself first, when it is a block) in
 * document order, pruning skipped subtrees. Inline elements are stepped through, not returned:
 * blocks nested in links (`<a><div><h3>…`) are still found. A walker does not enter shadow roots:
 * `onHost` is called for each element passed that is, or may become, a shadow host (it has an open
 * shadow root, or is a custom element, whose class may attach one when it is defined later).
 */
export function blockWalker(root: Node, onHost?: (el: Element) => void): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      const el = node as Element;
      if (isSkipped(el)) return NodeFilter.FILTER_REJECT;
      if (onHost && isPossibleHost(el)) onHost(el);
      return isInline(el) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT;
    },
  });
}

/** Whether an element has an open shadow root, or is a custom element (which may attach one). */
export function isPossibleHost(el: Element): boolean {
  return !!el.shadowRoot || el.localName.includes('-');
}

function emptySegment(): Segment {
  return { nodes: [], starts: [], text: '' };
}
