import 'server-only';
import { acceptedContent, inputRequired, inputResponse, type InputRequiredResult } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { checkConfirmation, CONFIRMATION_TTL_MS, mintConfirmation } from '../confirmations';
import type { AgentTool, ToolContext } from './tool';

const answer = z.object({ confirm: z.boolean().describe('Yes, do it') });

export type ConfirmStep =
  | { go: true }
  | { go: false; result: Record<string, unknown> | InputRequiredResult }
  | { go: false; refusal: string }
  | { go: false; declined: Record<string, unknown> };

/**
 * The first half of a destructive tool: without a valid handle nothing happens; the assistant gets
 * a handle and a summary to put to the person. A client that can answer MCP's elicitation on this
 * protocol (2026-07-28, stateless input-required rounds) is asked directly instead, and the handle
 * rides along as the round's state. The 2025 protocols cannot elicit without a session, so they
 * always take the two-call path.
 */
export async function confirmStep(
  tool: AgentTool,
  ctx: ToolContext,
  input: Record<string, unknown>,
  canElicit: boolean,
): Promise<ConfirmStep> {
  const summary = await tool.destructive!.describe(ctx, input);
  const tokenId = ctx.principal.tokenId;
  const given = typeof input.confirmation === 'string' ? input.confirmation : null;
  const state = ctx.era === 'modern' ? ctx.mcp.mcpReq.requestState<string>() : undefined;
  if (state) {
    const responses = ctx.mcp.mcpReq.inputResponses;
    if (acceptedContent(responses, 'confirm', answer)?.confirm === true) {
      if (checkConfirmation(state, tokenId, tool.name, input, summary) === 'valid') return { go: true };
    } else if (inputResponse(responses, 'confirm').kind !== 'missing') {
      // Asking again would put the same question back to someone who just said no (the client
      // repeats rounds until its cap, then fails the call): answer that nothing happened.
      return {
        go: false,
        declined: {
          status: 'declined',
          summary,
          next: `Nothing has changed: the person did not confirm. Call ${tool.name} again only if they ask for it.`,
        },
      };
    }
  }
  if (given) {
    const check = checkConfirmation(given, tokenId, tool.name, input, summary);
    if (check === 'valid') return { go: true };
    const again = `Call ${tool.name} again without "confirmation" for a new one.`;
    return {
      go: false,
      refusal: {
        expired: `That confirmation has expired (they last ${CONFIRMATION_TTL_MS / 60_000} minutes). ${again}`,
        changed: `This has changed since the person agreed (now: ${summary}). Nothing was done. ${again}`,
        invalid: `That confirmation is not for this ${tool.name} call. ${again}`,
      }[check],
    };
  }
  const { handle, expiresAt } = mintConfirmation(tokenId, tool.name, input, summary);
  if (canElicit && ctx.era === 'modern') {
    return {
      go: false,
      result: inputRequired({
        inputRequests: { confirm: inputRequired.elicit({ message: summary, requestedSchema: answer }) },
        requestState: handle,
      }),
    };
  }
  return {
    go: false,
    result: {
      status: 'confirmation_required',
      summary,
      confirmation: handle,
      expiresAt,
      next: `Nothing has changed yet. Put the summary to the person; if they agree, call ${tool.name} again with the same arguments and "confirmation" set to this handle.`,
    },
  };
}
