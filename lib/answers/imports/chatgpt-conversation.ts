// One conversation of a ChatGPT export → the answers it holds, each paired with its question.
//
// A conversation is a tree: `mapping` holds nodes `{ id, parent, children?, message }` (large,
// sharded exports leave `children` out), and editing a message or regenerating a reply starts
// a new branch beside the old one. `current_node` is the last message of the branch the user
// last saw; following `parent` links back from it gives that branch, root first. Other branches
// are ignored: they are answers the user replaced. Without a usable `current_node` the branch
// ending in the latest message is taken.
//
// On the branch, each shown user message opens a turn and the assistant's text replies up to the
// next user message are its answer. A reply split over several messages (text, a tool call, more
// text) is one answer: that is what the reader saw under the question, and one answer per question
// keeps rank and visibility per answer meaningful. Its identity is the first reply message's id,
// its model the replies' `model_slug` (else the conversation's `default_model_slug`), its time the
// question's (else the first reply's).
import { asObject, readMessage, uniqueUrls, type ChatMessage } from './chatgpt-message';
import type { ParsedAnswer } from './types';

type Json = Record<string, unknown>;

export interface ConversationAnswers {
  answers: ParsedAnswer[];
  /** Turns whose question holds no text (an image only): their replies are not imported. */
  unpaired: number;
}

/** Throws an Error saying why when the conversation cannot be read; the caller names it. */
export function answersOfConversation(value: unknown, file: string, position: number): ConversationAnswers {
  const conversation = asObject(value);
  if (!conversation) throw new Error('it is not a conversation (a JSON object)');
  const mapping = asObject(conversation.mapping);
  if (!mapping) throw new Error('it has no messages (no "mapping" object)');
  const conversationId = text(conversation.conversation_id) ?? text(conversation.id);
  const defaultModel = text(conversation.default_model_slug);

  const answers: ParsedAnswer[] = [];
  let unpaired = 0;
  let prompt: ChatMessage | null = null;
  let replies: ChatMessage[] = [];
  const closeTurn = () => {
    if (replies.length === 0) return;
    if (prompt?.text) answers.push(answerOf(prompt, prompt.text, replies));
    else if (prompt) unpaired++;
    replies = [];
  };
  const answerOf = (question: ChatMessage, promptText: string, parts: ChatMessage[]): ParsedAnswer => {
    const first = parts[0]!;
    return {
      kind: 'answer',
      engine: 'chatgpt',
      model: parts.findLast((m) => m.model)?.model ?? defaultModel,
      askedAt: question.createdAt ?? first.createdAt,
      prompt: promptText,
      answer: parts.map((m) => m.text).join('\n\n'),
      citations: uniqueUrls(parts.flatMap((m) => m.citations)),
      externalId: conversationId && first.id ? `${conversationId}:${first.id}` : null,
      at: { file, row: position },
    };
  };

  for (const [nodeId, node] of currentBranch(mapping, conversation.current_node)) {
    const message = readMessage(node.message);
    if (!message?.shown) continue;
    message.id ??= text(node.id) ?? nodeId;
    if (message.role === 'user') {
      closeTurn();
      prompt = message;
    } else if (message.text !== null) {
      replies.push(message);
    }
  }
  closeTurn();
  return { answers, unpaired };
}

/** The nodes from the root to the current node, with their ids. */
function currentBranch(mapping: Json, currentNode: unknown): [string, Json][] {
  const nodeAt = (id: string): Json | null => (Object.hasOwn(mapping, id) ? asObject(mapping[id]) : null);
  let id: string | null = typeof currentNode === 'string' && nodeAt(currentNode) ? currentNode : latestLeaf(mapping);
  const branch: [string, Json][] = [];
  const seen = new Set<string>();
  while (id !== null) {
    const node = nodeAt(id);
    if (!node) break; // a parent the export left out: the branch starts here
    if (seen.has(id)) throw new Error('its messages form a loop (a message is its own ancestor)');
    seen.add(id);
    branch.push([id, node]);
    id = text(node.parent);
  }
  return branch.reverse();
}

/** The node no other node descends from whose message is the latest; null for an empty mapping. */
function latestLeaf(mapping: Json): string | null {
  const parents = new Set<string>();
  for (const node of Object.values(mapping)) {
    const parent = text(asObject(node)?.parent);
    if (parent) parents.add(parent);
  }
  let best: { id: string; time: number } | null = null;
  for (const [id, node] of Object.entries(mapping)) {
    if (parents.has(id)) continue;
    const time = readMessage(asObject(node)?.message)?.createdAt?.getTime() ?? Number.NEGATIVE_INFINITY;
    if (!best || time >= best.time) best = { id, time };
  }
  return best?.id ?? null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The conversation's title for messages: `“Trip ideas”`, or `untitled`. */
export function conversationLabel(value: unknown): string {
  const title = asObject(value)?.title;
  return typeof title === 'string' && title.trim() !== '' ? `“${title.trim().slice(0, 80)}”` : 'untitled';
}
