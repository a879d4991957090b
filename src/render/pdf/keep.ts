// "A heading is never left alone at the foot of a page": pdfmake asks pageBreakBefore about every
// node after each layout pass; a heading (a node with headlineLevel) gets a break before it when
// nothing but headings follows it on its page and the document goes on overleaf.

import type { Node, NodeQueries } from "pdfmake/interfaces.js";

/** The style of the page-number node in the top margin: it sits on every page, not in the flow. */
export const PAGE_NUMBER_STYLE = "pageNumber";

const inFlow = (n: Node): boolean => n.style !== PAGE_NUMBER_STYLE;

export function keepHeadingsWithNext(node: Node, queries: NodeQueries): boolean {
  if (node.headlineLevel === undefined) return false;
  if (!queries.getPreviousNodesOnPage().some(inFlow)) return false;
  if (node.pageNumbers.length > 1) return true;
  const after = queries.getFollowingNodesOnPage().filter(inFlow);
  if (after.some((n) => n.headlineLevel === undefined)) return false;
  return queries.getNodesOnNextPage().some(inFlow);
}
