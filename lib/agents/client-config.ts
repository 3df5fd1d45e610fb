/**
 * What a person pastes into an MCP client to reach Waitboard with a new token. The token goes in
 * an environment variable for mcp-remote: Claude Desktop on Windows (and Cursor) pass `args`
 * without quoting, so a space inside "Authorization: Bearer …" would split the argument.
 */
export type McpClient = 'claude-desktop' | 'http' | 'claude-code';

export const MCP_CLIENTS: { id: McpClient; label: string; where: string }[] = [
  {
    id: 'claude-desktop',
    label: 'Claude Desktop',
    where:
      'Settings → Developer → Edit Config opens claude_desktop_config.json. Paste this in (merge it with any servers already there), save, and restart Claude. It needs Node.js on the computer.',
  },
  {
    id: 'http',
    label: 'Cursor & others',
    where:
      'For clients that connect over Streamable HTTP themselves: Cursor’s ~/.cursor/mcp.json, Windsurf and similar. Add it under mcpServers and reload the client.',
  },
  {
    id: 'claude-code',
    label: 'Claude Code',
    where: 'Run this once in a terminal on the computer where Claude Code runs.',
  },
];

/** mcp-remote refuses plain HTTP except to this computer unless told it is a trusted network. */
function needsAllowHttp(url: URL): boolean {
  return url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function mcpClientConfig(client: McpClient, mcpUrl: string, token: string): string {
  const url = new URL(mcpUrl);
  if (client === 'claude-code')
    return `claude mcp add --transport http waitboard ${url.href} --header "Authorization: Bearer ${token}"`;
  const server =
    client === 'http'
      ? { url: url.href, headers: { Authorization: `Bearer ${token}` } }
      : {
          command: 'npx',
          args: [
            '-y',
            'mcp-remote',
            url.href,
            '--header',
            // No space after the colon: see above. mcp-remote fills ${AUTH_HEADER} in from env.
            'Authorization:${AUTH_HEADER}',
            ...(needsAllowHttp(url) ? ['--allow-http'] : []),
          ],
          env: { AUTH_HEADER: `Bearer ${token}` },
        };
  return JSON.stringify({ mcpServers: { waitboard: server } }, null, 2);
}
