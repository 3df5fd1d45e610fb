import 'server-only';
import type { CallToolResult, ResourceLink } from '@modelcontextprotocol/server';
import { toErrorResponse } from '../../errors';

export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/**
 * Whatever a tool threw, as the screens would word it: the route wrapper's own envelope (so a
 * finished session is refused in the same words), logged by name only when unexpected.
 */
export function refusalOf(error: unknown, tool: string): Promise<Refusal> {
  return refusalIn(toErrorResponse(error, `mcp:${tool}`));
}

/** A refusal answered as the screens' routes answer it (a keyed write's comes this way, first or replayed). */
export async function refusalIn(response: Response): Promise<Refusal> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  const retry = response.headers.get('retry-after');
  const message = body?.error?.message ?? 'Waitboard could not do that.';
  return {
    status: response.status,
    code: body?.error?.code ?? 'refused',
    message: retry ? `${message} Try again in ${retry} seconds.` : message,
  };
}

/** A refusal as MCP tool output: `isError`, so the model sees it failed, and nothing structured. */
export function toolError(message: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: message }] };
}

export function toolResult(output: Record<string, unknown>, links: ResourceLink[] = []): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(output) }, ...links], structuredContent: output };
}
