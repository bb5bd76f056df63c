/**
 * Range → text quote: the TextQuoteSelector of a name on the page (its text plus the visible text
 * around it); core/anchoring/text-quote.ts anchors it again in a page's text.
 */
import { QUOTE_CONTEXT } from '../../../core/anchoring/text-quote';
import type { TextQuoteAnchor } from '../../../protocol/messages';
import { ownerOf } from './blocks';
import type { PageName } from './names';

const HIDDEN_PARENTS = new Set(['script', 'style', 'noscript', 'textarea', 'template']);
const MAX_EXACT = 2000;

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** Visible text nodes, plus the `<br>`s between them (a line break a reader sees as a space). */
function textWalker(root: Node): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) => {
      if (n.nodeType !== 1) return NodeFilter.FILTER_ACCEPT;
      const tag = (n as Element).localName;
      if (HIDDEN_PARENTS.has(tag)) return NodeFilter.FILTER_REJECT;
      return tag === 'br' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
}

/**
 * What goes between two text nodes that follow each other in the page: nothing inside one line of
 * prose (`ال<b>جيش</b>` is one word), a space where a block edge or a `<br>` separates them —
 * otherwise the last word of one paragraph fuses with the first of the next («نتالكاتب»).
 */
function joint(earlier: Text, later: Text, brBetween: boolean): string {
  return brBetween || ownerOf(earlier) !== ownerOf(later) ? ' ' : '';
}

/** The quote of a name: its collapsed text and `context` characters of visible text either side. */
export function quoteForName(name: PageName, context = QUOTE_CONTEXT): TextQuoteAnchor {
  const first = name.pieces[0]!;
  const last = name.pieces[name.pieces.length - 1]!;
  const exact = collapse(name.pieces.map(([n, a, b]) => n.data.slice(a, b)).join('')).slice(0, MAX_EXACT);
  const rootNode = first[0].getRootNode();
  const scope = rootNode.nodeType === 9 ? ((rootNode as Document).body ?? rootNode) : rootNode;

  let prefix = first[0].data.slice(0, first[1]);
  const before = textWalker(scope);
  before.currentNode = first[0];
  let later = first[0];
  let br = false;
  for (let n = before.previousNode(); n && collapse(prefix).length <= context; n = before.previousNode()) {
    if (n.nodeType === 1) br = true;
    else {
      prefix = (n as Text).data + joint(n as Text, later, br) + prefix;
      later = n as Text;
      br = false;
    }
  }

  let suffix = last[0].data.slice(last[2]);
  const after = textWalker(scope);
  after.currentNode = last[0];
  let earlier = last[0];
  br = false;
  for (let n = after.nextNode(); n && collapse(suffix).length <= context; n = after.nextNode()) {
    if (n.nodeType === 1) br = true;
    else {
      suffix += joint(earlier, n as Text, br) + (n as Text).data;
      earlier = n as Text;
      br = false;
    }
  }

  return { exact, prefix: collapse(prefix).slice(-context), suffix: collapse(suffix).slice(0, context) };
}
