// Who may use each route. The one place access is decided: the proxy reads it for pages, the API
// route wrapper for handlers. Paths use Next's folder syntax. A route with no rule is refused.
// Imported by the proxy, so no `server-only` here.
import { ROLES, type Role } from '@/lib/staff/roles';

type Access = 'public' | 'signed-in' | readonly Role[];

interface Rule {
  path: string;
  access: Access;
  /** The route's [teamId] must be one of the user's teams (admins see every team). */
  team?: boolean;
}

const STAFF = ROLES;
const MANAGERS: readonly Role[] = ['manager', 'admin'];
const ADMINS: readonly Role[] = ['admin'];

const RULES: readonly Rule[] = [
  { path: '/signin', access: 'public' },
  { path: '/api/health', access: 'public' },
  { path: '/api/health/live', access: 'public' },
  { path: '/api/health/ready', access: 'public' },
  // A signed-in administrator or a scraper holding METRICS_TOKEN: checked in the handler
  // (server/metrics/endpoint.ts), as a scraper has no session and must not be sent to /signin.
  { path: '/metrics', access: 'public' },
  { path: '/api/auth/[...nextauth]', access: 'public' },
  { path: '/', access: 'signed-in' },
  { path: '/forbidden', access: 'signed-in' },
  { path: '/api/me', access: 'signed-in' },
  { path: '/api/me/preferences', access: 'signed-in' },
  { path: '/api/me/password', access: 'signed-in' },
  { path: '/account/password', access: 'signed-in' },
  { path: '/api/teams', access: 'signed-in' },
  { path: '/api/teams/[teamId]/waiting', access: STAFF, team: true },
  { path: '/api/teams/[teamId]/waiting/stream', access: STAFF, team: true },
  { path: '/api/teams/[teamId]/calls/[callId]', access: STAFF, team: true },
  { path: '/api/teams/[teamId]/calls/[callId]/actions', access: STAFF, team: true },
  { path: '/api/teams/[teamId]/calls/[callId]/timeline', access: STAFF, team: true },
  { path: '/api/teams/[teamId]/calls/[callId]/guest-link', access: STAFF, team: true },
  { path: '/api/teams/[teamId]/practitioners', access: STAFF, team: true },
  // Own availability for practitioners, anyone's for reception and managers (server/practitioners/manage.ts).
  { path: '/api/teams/[teamId]/practitioners/[practitionerId]/availability', access: STAFF, team: true },
  { path: '/api/teams/[teamId]/roster', access: MANAGERS, team: true },
  { path: '/api/teams/[teamId]/roster/[practitionerId]', access: MANAGERS, team: true },
  { path: '/practitioners', access: STAFF },
  { path: '/sessions', access: STAFF },
  { path: '/sessions/new', access: STAFF },
  { path: '/sessions/review', access: MANAGERS },
  { path: '/sessions/[teamId]/[sessionId]', access: STAFF, team: true },
  { path: '/api/teams/[teamId]/sessions', access: STAFF, team: true },
  { path: '/api/teams/[teamId]/sessions/[sessionId]', access: STAFF, team: true },
  { path: '/api/teams/[teamId]/sessions/[sessionId]/participants', access: STAFF, team: true },
  { path: '/api/teams/[teamId]/sessions/[sessionId]/participants/[participantId]', access: STAFF, team: true },
  {
    path: '/api/teams/[teamId]/sessions/[sessionId]/participants/[participantId]/send-link',
    access: STAFF,
    team: true,
  },
  { path: '/api/teams/[teamId]/sessions/[sessionId]/notifications', access: STAFF, team: true },
  { path: '/api/teams/[teamId]/sessions/[sessionId]/summary', access: STAFF, team: true },
  { path: '/api/teams/[teamId]/sessions/[sessionId]/media', access: STAFF, team: true },
  {
    path: '/api/teams/[teamId]/sessions/[sessionId]/media/[collectionId]/[submissionId]/[fileId]',
    access: STAFF,
    team: true,
  },
  {
    path: '/api/teams/[teamId]/sessions/[sessionId]/media/[collectionId]/[submissionId]/[fileId]/play',
    access: STAFF,
    team: true,
  },
  { path: '/api/teams/[teamId]/session-review', access: MANAGERS, team: true },
  { path: '/api/teams/[teamId]/session-review/export', access: MANAGERS, team: true },
  { path: '/reports', access: MANAGERS },
  { path: '/api/teams/[teamId]/reports', access: MANAGERS, team: true },
  { path: '/api/teams/[teamId]/reports/export', access: MANAGERS, team: true },
  { path: '/settings', access: MANAGERS },
  { path: '/api/settings', access: MANAGERS },
  { path: '/api/teams/[teamId]/settings', access: MANAGERS, team: true },
  { path: '/api/teams/[teamId]/display-tokens', access: MANAGERS, team: true },
  { path: '/api/teams/[teamId]/display-tokens/[tokenId]', access: MANAGERS, team: true },
  // The wall display: staff of the clinic, or a TV holding the clinic's display link
  // (server/display/access.ts decides, in the page and the stream).
  { path: '/display/[teamId]', access: 'public' },
  { path: '/display/connect/[token]', access: 'public' },
  { path: '/api/display/[teamId]/stream', access: 'public' },
  // An assistant's agent token (bearer), checked in the handler (server/agents/mcp/http.ts); never a cookie.
  { path: '/api/mcp', access: 'public' },
  { path: '/api/mcp/recordings/[teamId]/[sessionId]/[collectionId]/[submissionId]/[fileId]', access: 'public' },
  { path: '/.well-known/oauth-protected-resource', access: 'public' },
  { path: '/.well-known/oauth-protected-resource/api/mcp', access: 'public' },
  { path: '/agent-access', access: 'signed-in' },
  { path: '/api/me/agent-tokens', access: 'signed-in' },
  { path: '/api/me/agent-tokens/[tokenId]', access: 'signed-in' },
  { path: '/admin/agent-tokens', access: ADMINS },
  { path: '/api/admin/agent-tokens', access: ADMINS },
  { path: '/api/admin/agent-tokens/[tokenId]', access: ADMINS },
  // Coviu's deliveries carry their own credentials (checked in the handler), not a staff session.
  { path: '/api/webhooks/coviu', access: 'public' },
  { path: '/audit', access: MANAGERS },
  { path: '/api/audit', access: MANAGERS },
  { path: '/api/audit/export', access: MANAGERS },
  { path: '/admin', access: ADMINS },
  { path: '/admin/users', access: ADMINS },
  { path: '/admin/teams', access: ADMINS },
  { path: '/api/admin/users', access: ADMINS },
  { path: '/api/admin/users/[userId]', access: ADMINS },
  { path: '/api/admin/teams', access: ADMINS },
  { path: '/api/admin/teams/[teamId]', access: ADMINS },
  { path: '/api/admin/teams/[teamId]/queues', access: ADMINS },
  { path: '/api/admin/teams/[teamId]/queues/[queueId]', access: ADMINS },
];

function toRegExp(path: string): RegExp {
  const pattern = path
    .split('/')
    .map((segment) => {
      if (/^\[\.\.\.\w+\]$/.test(segment)) return '.+';
      const param = /^\[(\w+)\]$/.exec(segment);
      if (param) return `(?<${param[1]}>[^/]+)`;
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${pattern === '' ? '/' : pattern}/?$`);
}

const COMPILED = RULES.map((rule) => ({ rule, regexp: toRegExp(rule.path) }));

export function ruleFor(pathname: string): { rule: Rule; params: Record<string, string> } | null {
  for (const { rule, regexp } of COMPILED) {
    const match = regexp.exec(pathname);
    if (match) return { rule, params: { ...match.groups } };
  }
  return null;
}

export function roleAllowed(access: Access, role: Role | null | undefined): boolean {
  if (access === 'public') return true;
  if (!role) return false;
  return access === 'signed-in' || access.includes(role);
}
