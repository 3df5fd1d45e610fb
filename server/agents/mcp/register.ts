import 'server-only';
import { isInputRequiredResult, type McpServer, type ServerContext } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { idempotencyKey } from '@/lib/core/idempotency-key';
import { recordAudit } from '../../audit';
import { toErrorResponse } from '../../errors';
import { and, eq } from 'drizzle-orm';
import { db } from '../../db';
import { idempotencyKeys } from '../../db/schema';
import { once, requestHash } from '../../http/idempotency';
import { storableBody } from '../../http/request-limits';
import { KEY_APPLIED } from '../../idempotency-scope';
import { canonicalJson } from '../canonical-json';
import { takeCall } from '../principal';
import { confirmStep } from './confirm-step';
import { type Refusal, refusalIn, refusalOf, toolError, toolResult } from './refusal';
import type { AgentTool, ToolContext } from './tool';

type Args = Record<string, unknown>;

const WRITE_FIELDS = {
  idempotencyKey: idempotencyKey
    .optional()
    .describe(
      'Any unique string (8–100 characters). Repeating a call with the same key does it once and answers as the first time.',
    ),
};
const CONFIRM_FIELDS = {
  confirmation: z
    .string()
    .max(1000)
    .optional()
    .describe('Leave out on the first call. The handle the first call returned, once the person has agreed.'),
};

/** The schema the client sees: the tool's own, plus the idempotency key and confirmation it takes. */
export function inputSchemaOf(tool: AgentTool) {
  return tool.input.extend({ ...(tool.write ? WRITE_FIELDS : {}), ...(tool.destructive ? CONFIRM_FIELDS : {}) });
}

/**
 * The schema as listed, but letting every argument through to the callback, which validates it:
 * the SDK would refuse bad arguments before any of our code ran, unaudited and uncounted.
 */
function listedOnly(schema: z.ZodObject) {
  return { '~standard': { ...schema['~standard'], validate: (value: unknown) => ({ value }) } };
}

/** A destructive tool answers either the confirmation request or what it did. */
export function outputSchemaOf(tool: AgentTool) {
  if (!tool.destructive) return tool.output;
  return tool.output.partial().extend({
    status: z.enum(['confirmation_required', 'declined', 'done']),
    summary: z.string().optional(),
    confirmation: z.string().optional(),
    expiresAt: z.string().optional(),
    next: z.string().optional(),
  });
}

/** A write's key, person and request hash; the confirmation handle is not part of the request. */
function keyedRequest(tool: AgentTool, ctx: ToolContext, args: Args) {
  const key = typeof args.idempotencyKey === 'string' ? args.idempotencyKey : null;
  if (!tool.write || !key) return null;
  const { idempotencyKey: _k, confirmation: _c, ...rest } = args;
  return { key, userId: ctx.staff.id, hash: requestHash('MCP', tool.name, canonicalJson(rest)), rest };
}

/**
 * A confirmed destructive act repeated with its key is answered from the first time (the rules,
 * checked again, would now refuse it: the session is already cancelled).
 */
async function alreadyApplied(tool: AgentTool, ctx: ToolContext, args: Args): Promise<boolean> {
  const keyed = keyedRequest(tool, ctx, args);
  if (!keyed) return false;
  const [row] = await (
    await db()
  )
    .select({ status: idempotencyKeys.status })
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.key, keyed.key),
        eq(idempotencyKeys.userId, keyed.userId),
        eq(idempotencyKeys.requestHash, keyed.hash),
      ),
    );
  return row?.status === KEY_APPLIED;
}

/** Runs a write once per idempotency key and person, through the screens' own key store. */
async function runKeyed(tool: AgentTool, ctx: ToolContext, args: Args, act: () => Promise<Args>): Promise<Args> {
  const keyed = keyedRequest(tool, ctx, args);
  if (!keyed) return act();
  const { key, hash, rest } = keyed;
  const asResponse = (work: () => Promise<Args>) =>
    work().then(Response.json, (e: unknown) => toErrorResponse(e, tool.name));
  const response = await once(
    { key, userId: ctx.staff.id, hash },
    () => asResponse(act),
    (auditId) => asResponse(() => tool.write!.replay(ctx, rest, auditId)),
  );
  if (!response.ok) throw new KeyedRefusal(await refusalIn(response));
  return (await response.json()) as Args;
}

class OutputMismatch extends Error {
  override name = 'AgentToolOutputMismatch';
}

/** A keyed write's refusal, with its code for the audit entry and any time to retry in its words. */
class KeyedRefusal extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

/**
 * Registers one tool: each call counts against the token's rate, runs the tool's own checks (the
 * screens' code), and is audited as the person "via agent token NAME" with its outcome. Arguments
 * are never logged or audited: they can hold patient details.
 */
export function registerAgentTool(
  server: McpServer,
  tool: AgentTool,
  context: (mcp: ServerContext) => ToolContext,
  canElicit: () => boolean,
) {
  const input = inputSchemaOf(tool);
  const cb = async (raw: unknown, mcp: ServerContext) => {
    const ctx = context(mcp);
    const parsed = input.safeParse(raw ?? {});
    const args: Args = parsed.success ? parsed.data : typeof raw === 'object' && raw ? (raw as Args) : {};
    let problem: unknown = parsed.success ? null : parsed.error;
    try {
      if (parsed.success) storableBody(parsed.data);
    } catch (error) {
      problem = error;
    }
    const teamId = typeof args.teamId === 'string' && ctx.staff.teamIds.includes(args.teamId) ? args.teamId : null;
    const note = (outcome: string, code?: string) =>
      recordAudit(ctx.audit, {
        action: 'agent.call',
        resourceType: 'agent_token',
        resourceId: ctx.principal.tokenId,
        teamId,
        changes: { tool: tool.name, outcome, ...(code ? { code } : {}) },
      });
    const allowance = await takeCall(ctx.principal.tokenId);
    if (!allowance.allowed) {
      await note('rate_limited');
      return toolError(
        `Too many calls from this agent token. Try again in ${allowance.retryAfterSeconds} seconds (retry after ${allowance.retryAfterSeconds}s).`,
      );
    }
    if (problem) {
      const refusal = await refusalOf(problem, tool.name);
      await note('refused', refusal.code);
      return toolError(refusal.message);
    }
    try {
      if (tool.destructive && !(await alreadyApplied(tool, ctx, args))) {
        const step = await confirmStep(tool, ctx, args, canElicit());
        if ('refusal' in step) {
          await note('refused', 'confirmation_invalid');
          return toolError(step.refusal);
        }
        if ('declined' in step) {
          await note('declined');
          return toolResult(step.declined);
        }
        if (!step.go) {
          await note('confirmation_requested');
          return isInputRequiredResult(step.result) ? step.result : toolResult(step.result);
        }
      }
      // Parsed against the output schema, so only what it declares reaches the assistant.
      const output = outputSchemaOf(tool).safeParse({
        ...(await runKeyed(tool, ctx, args, () => tool.run(ctx, args))),
        ...(tool.destructive ? { status: 'done' } : {}),
      });
      // Our bug, not the assistant's: answered as an internal error (logged by name), not as bad input.
      if (!output.success) throw new OutputMismatch();
      await note('ok');
      return toolResult(output.data, tool.links?.(output.data) ?? []);
    } catch (error) {
      const refusal = error instanceof KeyedRefusal ? error.refusal : await refusalOf(error, tool.name);
      await note('refused', refusal.code);
      return toolError(refusal.message);
    }
  };
  server.registerTool(
    tool.name,
    {
      title: tool.title,
      description: tool.description,
      inputSchema: listedOnly(input),
      outputSchema: outputSchemaOf(tool),
      annotations: { title: tool.title, ...tool.annotations },
    },
    cb as never,
  );
}
