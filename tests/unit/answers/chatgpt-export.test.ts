import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parseChatGptExport, parseConversationsStream } from '@/lib/answers/imports/chatgpt-export';
import type { ParsedAnswer, ParsedAnswerRecord } from '@/lib/answers/imports/types';
import { ImportFileError } from '@/lib/imports/types';
import { answersOf, built, collect, collectUntilError, committed, ofKind } from './support';

const CONV = (n: number) => `0f3c9a40-${String(n).repeat(4)}-4aaa-8bbb-00000000000${n}`;
const seconds = (s: number) => new Date(Math.round(s * 1000));

let records: ParsedAnswerRecord[];
let answers: ParsedAnswer[];
const inConversation = (row: number) => answers.filter((a) => a.at.row === row);

beforeAll(async () => {
  records = await collect(parseChatGptExport(committed('conversations.json')));
  answers = answersOf(records);
});

describe('a conversation whose question was edited and whose reply was regenerated', () => {
  it('yields only the pairs of the branch the user last saw', () => {
    expect(inConversation(1).map((a) => [a.prompt, a.answer])).toEqual([
      ['Which agencies help B2B companies grow on LinkedIn?', 'Edited answer: Example Growth Co and Sample Partners.'],
      ['And in Germany?', 'Regenerated: Beispiel GmbH and Muster AG.'],
    ]);
    const all = answers.map((a) => `${a.prompt} ${a.answer}`).join('\n');
    expect(all).not.toContain('Original answer');
    expect(all).not.toContain('B2B firms');
    expect(all).not.toContain('First try');
  });

  it('dates each answer by its question and names the model of each reply', () => {
    const [first, second] = inConversation(1);
    expect(first).toMatchObject({ engine: 'chatgpt', model: 'gpt-4o', askedAt: seconds(1767225660.5), citations: [], at: { file: 'conversations.json', row: 1 } });
    expect(second).toMatchObject({ model: 'gpt-4o-mini', askedAt: seconds(1767225720) });
  });

  it('identifies each answer by its conversation and reply message, for idempotent re-imports', () => {
    expect(inConversation(1).map((a) => a.externalId)).toEqual([`${CONV(1)}:a1e`, `${CONV(1)}:a2r`]);
    const ids = answers.map((a) => a.externalId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('skips the system root (null create_time), memory tool calls and hidden messages', () => {
    const all = answers.map((a) => `${a.prompt} ${a.answer}`).join('\n');
    expect(all).not.toContain('Memory updated');
    expect(all).not.toContain('User works in B2B marketing');
    expect(all).not.toContain('Model set context updated');
  });
});

describe('messages with non-text parts', () => {
  it('keeps the text beside images and voice transcripts, and skips image objects, code and tool output', () => {
    expect(inConversation(2).map((a) => [a.prompt, a.answer, a.model])).toEqual([
      ['What does this chart say about our reach?', 'Reach doubled in March.', 'gpt-4o'],
      ['Is Optlens good for tracking reach?', 'Yes, it tracks reach over time.', 'gpt-4o-audio'],
    ]);
    expect(answers.map((a) => a.answer).join('\n')).not.toMatch(/PIL|reading the chart|asset_pointer|\[object Object\]|I run a small agency/);
  });

  it('does not pair a reply with a question that is only an image, and says so once', () => {
    expect(answers.map((a) => a.answer)).not.toContain('That is a pie chart of your audience by industry.');
    expect(ofKind(records, 'notice').map((n) => n.message)).toEqual([expect.stringMatching(/^1 reply was not imported: .*only an image/)]);
  });
});

describe('a search answer from a reasoning model', () => {
  it('skips thoughts, reasoning_recap, analysis messages, search calls and tool results', () => {
    expect(inConversation(3).map((a) => [a.prompt, a.answer, a.model])).toEqual([
      ['What are the best LinkedIn analytics tools?', 'Top picks: Example Analytics is popular. Sample Metrics is cheaper.', 'o3'],
    ]);
  });

  it('collects the cited links, http(s) only, each once, without ChatGPT’s utm tag', () => {
    expect(inConversation(3)[0]!.citations).toEqual(['https://blog.example.net/sample-metrics', 'https://example.com/tools', 'https://news.example.org/story?id=7']);
  });
});

describe('conversations that are odd or broken', () => {
  it('reports an unreadable conversation by position and title, and goes on with the rest', () => {
    expect(ofKind(records, 'error')).toEqual([
      { kind: 'error', message: 'Conversation 4 (“Broken one”) could not be read: it has no messages (no "mapping" object).', at: { file: 'conversations.json', row: 4 } },
      { kind: 'error', message: expect.stringMatching(/^Conversation 6 \(“Loop”\) could not be read: .*loop/), at: { file: 'conversations.json', row: 6 } },
    ]);
    expect(inConversation(5)).toHaveLength(1);
  });

  it('follows the latest message when current_node is missing, and joins multi-part questions', () => {
    expect(inConversation(5)).toEqual([
      {
        kind: 'answer',
        engine: 'chatgpt',
        model: null,
        askedAt: seconds(1767571210),
        prompt: 'Summarise our opt-in policy.\nKeep it short.',
        answer: 'The latest reply.',
        citations: [],
        externalId: `${CONV(5)}:a1b`,
        at: { file: 'conversations.json', row: 5 },
      },
    ]);
  });
});

describe('the forms the export comes in', () => {
  const withoutFile = (list: ParsedAnswer[]) => list.map(({ at, ...rest }) => ({ ...rest, row: at.row }));

  it.each(['conversations-one-line.json', 'conversations-bom-crlf.json'])('reads %s like the readable file', async (name) => {
    const read = await collect(parseChatGptExport(await built(name)));
    expect(withoutFile(answersOf(read))).toEqual(withoutFile(answers));
    expect(ofKind(read, 'error')).toHaveLength(2);
  });

  it('reads characters split between two chunks of the stream', async () => {
    const bytes = await readFile(committed('conversations.json').path);
    async function* sevenBytesAtATime() {
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    }
    const read = answersOf(await collect(parseConversationsStream(sevenBytesAtATime(), 'conversations.json')));
    expect(read).toEqual(answers);
  });

  it('reads conversations.json inside the export zip and notes the other files once', async () => {
    const read = await collect(parseChatGptExport(await built('chatgpt-export.zip')));
    expect(withoutFile(answersOf(read))).toEqual(withoutFile(answers));
    expect(answersOf(read)[0]!.at).toEqual({ file: 'conversations.json', row: 1 });
    const notices = ofKind(read, 'notice').map((n) => n.message);
    expect(notices[0]).toMatch(
      /^The export's other files \(chat\.html, user\.json, message_feedback\.json, shared_conversations\.json, file-FakeChart01-reach\.png and 1 more\) are not imported: the answers are in conversations\.json\.$/,
    );
    expect(notices.join('\n')).not.toMatch(/DS_Store|MACOSX/);
  });

  it('finds conversations.json in a folder of the zip', async () => {
    const read = await collect(parseChatGptExport(await built('chatgpt-export-in-folder.zip')));
    expect(answersOf(read)).toHaveLength(answers.length);
    expect(answersOf(read)[0]!.at.file).toBe('ChatGPT export 2026-01-06/conversations.json');
  });

  it('reads every shard of a split export, in order', async () => {
    const read = await collect(parseChatGptExport(await built('chatgpt-export-sharded.zip')));
    expect(answersOf(read).map((a) => a.externalId)).toEqual(answers.map((a) => a.externalId));
    expect(ofKind(read, 'error').map((e) => e.at)).toEqual([
      { file: 'conversations-1.json', row: 1 },
      { file: 'conversations-1.json', row: 3 },
    ]);
  });

  it('refuses a zip without conversations.json, saying what it holds', async () => {
    const { error } = await collectUntilError(parseChatGptExport(await built('chatgpt-export-without-conversations.zip')));
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(/holds no conversations\.json.*chat\.html, user\.json/);
  });

  it('refuses a zip holding an entry with an unsafe path', async () => {
    const { error } = await collectUntilError(parseChatGptExport(await built('chatgpt-export-evil.zip')));
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(/unsafe path/);
  });

  it('refuses a zip whose conversations.json inflates like a bomb', async () => {
    const { error } = await collectUntilError(parseChatGptExport(await built('chatgpt-export-bomb.zip')));
    expect((error as Error).message).toMatch(/zip bomb/);
  });
});

describe('files that cannot be read', () => {
  it('stops a cut-short file with a clear error, after the conversations read before the cut', async () => {
    const { records: before, error } = await collectUntilError(parseChatGptExport(await built('conversations-truncated.json')));
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(/^conversations-truncated\.json ends after conversation \d, in the middle of the next conversation: the file is cut short/);
    expect(answersOf(before).length).toBeGreaterThan(0);
  });

  it.each([
    ['conversations-invalid.json', /^conversations-invalid\.json is not valid JSON: expected a value \(before byte \d+\)\. The file is damaged/],
    ['conversations-object.json', /is not a list of conversations: it holds a single JSON value, not an array/],
    ['claude-conversations.json', /is not a ChatGPT conversations file: .*Claude's export/],
  ])('refuses %s', async (name, message) => {
    const { error } = await collectUntilError(parseChatGptExport(await built(name)));
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(message);
  });

  it('says an empty array holds no conversations', async () => {
    expect(await collect(parseChatGptExport(await built('conversations-empty.json')))).toEqual([
      { kind: 'notice', message: 'conversations-empty.json holds no conversations.', at: { file: 'conversations-empty.json' } },
    ]);
  });

  it('refuses a conversation larger than the per-conversation limit instead of holding it in memory', async () => {
    const { error } = await collectUntilError(parseChatGptExport(await built('conversations-one-line.json'), { maxConversationBytes: 1024 }));
    expect((error as Error).message).toMatch(/conversation \d+ is larger than/);
  });
});
