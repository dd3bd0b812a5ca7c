import { describe, expect, test } from 'vitest';
import { procedureById, procedureIds } from '../../rules/index.ts';
import { flowGraph, flowSvg } from './flow-graph.ts';

/** Words that name each node by its code (the grace-period question by the period it names), so the test reads the graph's shape. */
const codes = {
  question: (page: { question: string; answers: readonly { option: string }[] }) =>
    page.question === 'gracePeriodOver'
      ? `${page.question} ${page.answers[0]!.option === 'monthly' ? 'monthly' : 'annual'}`
      : page.question,
  answer: (_page: unknown, option: string) => option,
  outcome: (outcome: string) => outcome,
};

describe('the flow graphs drawn from the registry', () => {
  test.each(procedureIds)('%s: every outcome is a node, every node but the first is reached', (id) => {
    const graph = flowGraph(id, codes);
    const outcomes = graph.nodes.filter((node) => node.kind === 'outcome').map((node) => node.outcome);
    expect([...outcomes].sort()).toEqual([...procedureById(id).outcomes].sort());
    const reached = new Set(graph.edges.map((edge) => edge.to));
    for (const node of graph.nodes.slice(1)) expect(reached, node.id).toContain(node.id);
    expect(
      graph.nodes
        .filter((node) => node.kind === 'outcome')
        .every((node) => !graph.edges.some((edge) => edge.from === node.id)),
    ).toBe(true);
  });

  test('automatic renewal: the grace-period question is two nodes, one per wording, and "annual" and "multi-year" share one', () => {
    const graph = flowGraph('automatic-renewal', codes);
    const term = graph.nodes[0]!;
    expect(graph.edges.filter((edge) => edge.from === term.id).map((edge) => edge.answers)).toEqual([
      ['monthly'],
      ['annual', 'multi-year'],
    ]);
    expect(graph.nodes.filter((node) => node.text.startsWith('gracePeriodOver'))).toHaveLength(2);
  });

  test('the drawing is named for assistive technology and escapes its text', () => {
    const svg = flowSvg(
      { nodes: [{ id: 'a', kind: 'question', text: 'a <b> & "c"' }], edges: [] },
      'Title & more',
      'flow-title',
      'en',
    );
    expect(svg).toContain('role="img" aria-labelledby="flow-title"');
    expect(svg).toContain('<title id="flow-title">Title &#38; more</title>');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toMatch(/style=/);
  });
});
