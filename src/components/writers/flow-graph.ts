import type { Locale } from '../../i18n/locales.ts';
import { staticFlowPaths, type Action, type Outcome, type StaticPage } from '../../rules/index.ts';

/*
 * A procedure's flow as a graph, as GOV.UK Smart Answers draws its flows: questions and outcomes
 * are nodes, answers are edges. It is read from the registry's no-JavaScript flow (every path the
 * decision can take), so the drawing cannot disagree with the checker. Drawn as SVG at build time.
 */

/** A node: a question (as the reader sees it) or an outcome. */
export interface FlowNode {
  readonly id: string;
  readonly kind: 'question' | 'outcome';
  readonly text: string;
  /** For an outcome, its code (`self-service`...). */
  readonly outcome?: Outcome;
}

/** An edge: the answers that lead from a question to the next node. */
export interface FlowEdge {
  readonly from: string;
  readonly to: string;
  readonly answers: readonly string[];
}

/** A procedure's flow graph. */
export interface FlowGraph {
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
}

/** How the graph names questions, answers and outcomes in the page's language. */
export interface FlowWords {
  readonly question: (page: Extract<StaticPage, { kind: 'question' }>) => string;
  readonly answer: (page: Extract<StaticPage, { kind: 'question' }>, option: string) => string;
  readonly outcome: (outcome: Outcome) => string;
}

/**
 * The graph of `action`'s flow in one language. A question is one node per wording: the grace
 * period question reads "30 days" after "monthly" and "45 days" after "annual", two nodes.
 */
export function flowGraph(action: Action, words: FlowWords): FlowGraph {
  // The graph is the flow's questions and outcomes; change pages only ask them again.
  const pages = staticFlowPaths(action).filter(
    (page): page is Exclude<StaticPage, { kind: 'change' }> => page.kind !== 'change',
  );
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const nodes = new Map<string, FlowNode>();
  const edges = new Map<string, { from: string; to: string; answers: string[] }>();
  const nodeOf = (page: Exclude<StaticPage, { kind: 'change' }>): string => {
    if (page.kind === 'question') {
      const text = words.question(page);
      const id = `question:${page.question}:${text}`;
      if (!nodes.has(id)) nodes.set(id, { id, kind: 'question', text });
      return id;
    }
    const id = `outcome:${page.verdict.outcome}`;
    if (!nodes.has(id)) {
      nodes.set(id, { id, kind: 'outcome', text: words.outcome(page.verdict.outcome), outcome: page.verdict.outcome });
    }
    return id;
  };
  for (const page of pages) {
    if (page.kind === 'question') nodeOf(page);
  }
  for (const page of pages) {
    if (page.kind !== 'question') continue;
    const from = nodeOf(page);
    for (const next of pages) {
      if (next.kind === 'result' || next.answers.length !== page.answers.length + 1) continue;
      const last = next.answers.at(-1)!;
      const samePrefix = page.answers.every(
        (answer, index) =>
          next.answers[index]?.question === answer.question && next.answers[index]?.option === answer.option,
      );
      if (!samePrefix || last.question !== page.question) continue;
      // A complete path shows "check your answers" first: the graph goes to its verdict.
      const target =
        next.kind === 'check-answers' ? byPath.get(next.path.replace('/check-answers/', '/result/'))! : next;
      const to = nodeOf(target);
      const key = `${from}→${to}`;
      const answer = words.answer(page, last.option);
      const edge = edges.get(key) ?? { from, to, answers: [] };
      if (!edge.answers.includes(answer)) edge.answers.push(answer);
      edges.set(key, edge);
    }
  }
  const ordered = [
    ...[...nodes.values()].filter((node) => node.kind === 'question'),
    ...[...nodes.values()].filter((node) => node.kind === 'outcome'),
  ];
  return { nodes: ordered, edges: [...edges.values()] };
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Drawing sizes, in SVG user units. */
const rowHeight = 72;
/* Text is 13 units high, so about 7.2 units a character wide: boxes and labels are sized from it. */
const boxHeight = 40;
const laneWidth = 18;
const characterWidth = 7.2;

/**
 * The graph as SVG markup: nodes in one column, in flow order (outcomes last), each edge a
 * bracket on the right from its question to its target, labelled with its answers. No inline
 * styles (the site's Content-Security-Policy forbids them): presentation attributes and classes.
 * @param titleId the id of the SVG's `<title>`, which names it for assistive technology
 */
export function flowSvg(graph: FlowGraph, title: string, titleId: string, locale: Locale): string {
  const index = new Map(graph.nodes.map((node, position) => [node.id, position]));
  const boxWidth = Math.ceil(Math.max(...graph.nodes.map((node) => node.text.length)) * characterWidth + 24);
  const labelWidth = Math.ceil(
    Math.max(0, ...graph.edges.map((edge) => edge.answers.join(', ').length)) * characterWidth + 16,
  );
  const width = boxWidth + graph.edges.length * laneWidth + labelWidth + 40;
  const height = graph.nodes.length * rowHeight + 8;
  const centreY = (position: number) => position * rowHeight + 4 + boxHeight / 2;
  const outgoing = new Map<string, number>();
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="writers-flow" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId}" lang="${locale}" font-size="13" font-family="sans-serif">`,
    `<title id="${titleId}">${escapeXml(title)}</title>`,
    '<defs><marker id="' +
      `${titleId}-arrow` +
      '" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker></defs>',
  );
  graph.nodes.forEach((node, position) => {
    const y = position * rowHeight + 4;
    parts.push(
      `<g class="writers-flow-node writers-flow-${node.kind}"${node.outcome ? ` data-outcome="${node.outcome}"` : ''}>`,
      `<rect x="4" y="${y}" width="${boxWidth}" height="${boxHeight}" rx="${node.kind === 'outcome' ? 20 : 4}" fill="none" stroke="currentColor"/>`,
      `<text x="16" y="${y + boxHeight / 2 + 5}" fill="currentColor">${escapeXml(node.text)}</text>`,
      '</g>',
    );
  });
  graph.edges.forEach((edge, lane) => {
    const from = index.get(edge.from)!;
    const to = index.get(edge.to)!;
    const nth = outgoing.get(edge.from) ?? 0;
    outgoing.set(edge.from, nth + 1);
    const startY = centreY(from) - 14 + nth * 14;
    const endY = centreY(to) + 6;
    const laneX = boxWidth + 20 + lane * laneWidth;
    parts.push(
      `<path class="writers-flow-edge" d="M${boxWidth + 4},${startY} H${laneX} V${endY} H${boxWidth + 6}" fill="none" stroke="currentColor" marker-end="url(#${titleId}-arrow)"/>`,
      `<text class="writers-flow-answer" x="${boxWidth + 20 + graph.edges.length * laneWidth + 8}" y="${startY + 4}" fill="currentColor">${escapeXml(edge.answers.join(', '))}</text>`,
      `<path d="M${laneX},${startY} H${boxWidth + 20 + graph.edges.length * laneWidth + 4}" fill="none" stroke="currentColor" stroke-dasharray="2 3"/>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
