// Properties of reading one conversation tree, for every shape fast-check can think of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersOfConversation } from '@/lib/answers/imports/chatgpt-conversation';

const ROLES = ['user', 'assistant', 'tool', 'system'] as const;

/**
 * A random tree: node i's parent is mostly the node before it, sometimes an earlier one (an edit
 * or a regeneration starts a branch there); some messages hidden or without text; a random current node.
 */
const conversationTree = fc
  .array(
    fc.record({
      parent: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.nat(), weight: 1 }),
      role: fc.constantFrom(...ROLES, 'user', 'assistant'),
      hidden: fc.constantFrom(false, false, false, true),
      text: fc.constantFrom(true, true, true, false),
    }),
    { minLength: 1, maxLength: 30, size: 'max' },
  )
  .chain((nodes) => fc.record({ nodes: fc.constant(nodes), current: fc.oneof(fc.constant(nodes.length - 1), fc.nat({ max: nodes.length - 1 })) }))
  .map(({ nodes, current }) => {
    const mapping: Record<string, unknown> = {};
    nodes.forEach((node, i) => {
      const id = `n${i}`;
      const content = node.text ? { content_type: 'text', parts: [`${node.role} says ${id}`] } : { content_type: 'thoughts', thoughts: [] };
      mapping[id] = {
        id,
        parent: i === 0 ? null : `n${node.parent === null ? i - 1 : node.parent % i}`,
        message: { id, author: { role: node.role }, create_time: 1_767_225_600 + i, content, metadata: { is_visually_hidden_from_conversation: node.hidden } },
      };
    });
    return { conversation: { id: 'conv', title: 'Random', current_node: `n${current}`, mapping }, nodes };
  });

function branchOf(mapping: Record<string, unknown>, current: string): string[] {
  const path: string[] = [];
  for (let id: string | null = current; id !== null; id = (mapping[id] as { parent: string | null }).parent) path.unshift(id);
  return path;
}

describe('reading a conversation tree', () => {
  let paired = 0;
  it('pairs answers only from the current branch, each with the last question before it on that branch', () => {
    fc.assert(
      fc.property(conversationTree, ({ conversation, nodes }) => {
        const branch = branchOf(conversation.mapping, conversation.current_node);
        const isQuestion = (id: string) => {
          const node = nodes[Number(id.slice(1))]!;
          return node.role === 'user' && node.text && !node.hidden;
        };
        const { answers } = answersOfConversation(conversation, 'conversations.json', 1);
        paired += answers.length;
        for (const answer of answers) {
          const reply = answer.externalId!.replace('conv:', '');
          const question = /^user says (n\d+)$/.exec(answer.prompt)?.[1] ?? '';
          expect(branch).toContain(reply);
          expect(branch.indexOf(question)).toBeGreaterThanOrEqual(0);
          expect(branch.indexOf(question)).toBeLessThan(branch.indexOf(reply));
          expect(branch.slice(branch.indexOf(question) + 1, branch.indexOf(reply)).filter(isQuestion)).toEqual([]);
          expect(answer.answer).toMatch(/^assistant says n\d+(\n\nassistant says n\d+)*$/);
        }
      }),
      { numRuns: 300 },
    );
    expect(paired).toBeGreaterThan(50); // the property was not checked on empty results only
  });

  it('never fails on a shape it does not know other than by saying why', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), fc.jsonValue(), (anything, json) => {
        for (const value of [anything, json, { mapping: anything, current_node: json }, { mapping: { a: { parent: 'a', message: json } }, current_node: 'a' }]) {
          try {
            answersOfConversation(value, 'conversations.json', 1);
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            expect((error as Error).constructor).toBe(Error);
          }
        }
      }),
    );
  });
});
