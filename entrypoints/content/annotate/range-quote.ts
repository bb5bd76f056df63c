/**
 * Range → text quote: the TextQuoteSelector of a name on the page (its text plus the visible text
 * around it), as core/anchoring/text-quote.ts's `textQuoteForElement` does for an element.
 */
import { QUOTE_CONTEXT } from '../../../core/anchoring/text-quote';
import type { TextQuoteAnchor } from '../../../protocol/messages';
import type { PageName } from './names';

const HIDDEN_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE']);
const MAX_EXACT = 2000;

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function textWalker(root: Node): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement && HIDDEN_PARENTS.has(n.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
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
  for (let n = before.previousNode(); n && collapse(prefix).length <= context; n = before.previousNode())
    prefix = (n.nodeValue ?? '') + prefix;

  let suffix = last[0].data.slice(last[2]);
  const after = textWalker(scope);
  after.currentNode = last[0];
  for (let n = after.nextNode(); n && collapse(suffix).length <= context; n = after.nextNode()) suffix += n.nodeValue ?? '';

  return { exact, prefix: collapse(prefix).slice(-context), suffix: collapse(suffix).slice(0, context) };
}
