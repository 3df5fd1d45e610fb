import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { mintConfirmation } from '../confirmations';
import { confirmStep } from './confirm-step';
import { defineTool, type ToolContext } from './tool';

const SUMMARY = 'Cancel the thing. It cannot be undone.';

const tool = defineTool({
  name: 'cancel_thing',
  title: 'Cancel a thing',
  description: 'test',
  scope: 'sessions:cancel',
  input: z.object({ id: z.string() }),
  output: z.object({}),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  destructive: { describe: async () => SUMMARY },
  run: async () => ({}),
});

/** A modern-era request that carries a round's state and the person's answer to the question. */
function modern(state: string | undefined, confirm: unknown): ToolContext {
  return {
    principal: { tokenId: 'token-1' },
    era: 'modern',
    mcp: { mcpReq: { requestState: () => state, inputResponses: confirm ? { confirm } : undefined } },
  } as unknown as ToolContext;
}

beforeAll(() => {
  vi.stubEnv('NEXTAUTH_SECRET', 'confirm-step-test-secret-0123456789abcdef');
});

describe('confirmStep through elicitation', () => {
  const args = { id: 'a' };

  it('acts when the person accepted this very act', async () => {
    const { handle } = mintConfirmation('token-1', tool.name, args, SUMMARY);
    const step = await confirmStep(tool, modern(handle, { action: 'accept', content: { confirm: true } }), args, true);
    expect(step).toEqual({ go: true });
  });

  it('stops, changing nothing, when the person declined, instead of asking them again', async () => {
    const { handle } = mintConfirmation('token-1', tool.name, args, SUMMARY);
    for (const answer of [
      { action: 'decline' },
      { action: 'cancel' },
      { action: 'accept', content: { confirm: false } },
    ]) {
      const step = await confirmStep(tool, modern(handle, answer), args, true);
      expect(step).toMatchObject({ go: false, declined: { status: 'declined' } });
    }
  });

  it('asks first: a question with the summary, and the handle as the round’s state', async () => {
    const step = await confirmStep(tool, modern(undefined, undefined), args, true);
    expect(step).toMatchObject({ go: false, result: { resultType: 'input_required' } });
    expect(JSON.stringify(step)).toContain('Cancel the thing. It cannot be undone.');
  });
});
