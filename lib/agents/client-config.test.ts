import { describe, expect, it } from 'vitest';
import { mcpClientConfig } from './client-config';

const TOKEN = 'wbat_abcdefghijklmnopqrstuvwxyz0123456789';

describe('MCP client configuration', () => {
  it('gives Claude Desktop mcp-remote with the bearer in an environment variable, no space in args', () => {
    const config = JSON.parse(mcpClientConfig('claude-desktop', 'https://wait.clinic.example/api/mcp', TOKEN));
    const server = config.mcpServers.waitboard;
    expect(server.command).toBe('npx');
    expect(server.args).toEqual([
      '-y',
      'mcp-remote',
      'https://wait.clinic.example/api/mcp',
      '--header',
      'Authorization:${AUTH_HEADER}',
    ]);
    expect(server.env).toEqual({ AUTH_HEADER: `Bearer ${TOKEN}` });
    expect(server.args.some((a: string) => a.includes(' '))).toBe(false);
  });

  it('adds --allow-http for plain HTTP on another machine, not for this one', () => {
    const lan = JSON.parse(mcpClientConfig('claude-desktop', 'http://10.0.0.5:3000/api/mcp', TOKEN));
    expect(lan.mcpServers.waitboard.args).toContain('--allow-http');
    const local = JSON.parse(mcpClientConfig('claude-desktop', 'http://localhost:3000/api/mcp', TOKEN));
    expect(local.mcpServers.waitboard.args).not.toContain('--allow-http');
  });

  it('gives HTTP clients the URL and an Authorization header', () => {
    const config = JSON.parse(mcpClientConfig('http', 'https://wait.clinic.example/api/mcp', TOKEN));
    expect(config.mcpServers.waitboard).toEqual({
      url: 'https://wait.clinic.example/api/mcp',
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
  });

  it('gives Claude Code one command with the header quoted', () => {
    expect(mcpClientConfig('claude-code', 'https://wait.clinic.example/api/mcp', TOKEN)).toBe(
      `claude mcp add --transport http waitboard https://wait.clinic.example/api/mcp --header "Authorization: Bearer ${TOKEN}"`,
    );
  });
});
