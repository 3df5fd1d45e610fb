import 'server-only';
import type { InputRequiredResult, ResourceLink, ServerContext, ToolAnnotations } from '@modelcontextprotocol/server';
import type { z } from 'zod';
import type { AgentScope } from '@/lib/agents/scopes';
import type { AuditContext } from '../../audit';
import type { Staff } from '../../auth/session';
import type { AgentPrincipal } from '../principal';

/** What a tool's code is given: the person it acts as, already narrowed to the token. */
export interface ToolContext {
  principal: AgentPrincipal;
  staff: Staff;
  /** Every entry it writes says "via agent token NAME". */
  audit: AuditContext;
  /** The clinic, if this token may act in it; otherwise a refusal in the screens' words. */
  clinic(teamId: string): string;
  has(scope: AgentScope): boolean;
  /** Absolute links (recordings) start here: the address the assistant reached Waitboard at. */
  origin: string;
  mcp: ServerContext;
  era: 'legacy' | 'modern';
}

type Output = Record<string, unknown>;

export interface DestructiveStep<I> {
  /**
   * Checks the rules as the screen would (throwing its refusal) and says in plain words what the
   * second call will do. Runs on both calls, so the act is re-checked.
   */
  describe(ctx: ToolContext, input: I): Promise<string>;
}

export interface AgentTool<I extends z.ZodObject = z.ZodObject, O extends z.ZodObject = z.ZodObject> {
  name: string;
  title: string;
  /** Never holds a caller's details: it is shown to the model. */
  description: string;
  scope: AgentScope;
  input: I;
  output: O;
  annotations: Required<Pick<ToolAnnotations, 'readOnlyHint' | 'destructiveHint' | 'idempotentHint' | 'openWorldHint'>>;
  /**
   * A write: it takes an `idempotencyKey`, and a repeat with the same key replays the outcome,
   * rebuilt by `replay` from the audit entry of the first run (null: it changed nothing of ours).
   */
  write?: { replay(ctx: ToolContext, input: z.infer<I>, auditId: number | null): Promise<z.infer<O>> };
  /** Needs a confirmation handle (and asks through elicitation where the client can answer). */
  destructive?: DestructiveStep<z.infer<I>>;
  run(ctx: ToolContext, input: z.infer<I>): Promise<z.infer<O> & Output>;
  /**
   * Links the client may open itself (recordings), added to the result as `resource_link` content:
   * the client fetches them with the token, so their bytes never pass through the conversation.
   */
  links?(output: z.infer<O>): ResourceLink[];
}

/** Keeps the input and output types tied to the schemas at each definition. */
export function defineTool<I extends z.ZodObject, O extends z.ZodObject>(tool: AgentTool<I, O>): AgentTool<I, O> {
  return tool;
}

export type ToolOutcome = Output | InputRequiredResult;
