// Every react-query key the screens use, so a mutation invalidates exactly what a query cached.
// Keys are prefixes: invalidating `sessionsOf(team)` also refreshes every `sessions(team, from, to)`.
export const queryKeys = {
  waiting: (teamId: string) => ['waiting', teamId] as const,
  roster: (teamId: string) => ['roster', teamId] as const,
  callerDetails: (callId: string | undefined) => ['caller-details', callId] as const,
  callerTimeline: (callId: string | undefined) => ['caller-timeline', callId] as const,
  sessions: (teamId: string, from: string, to: string) => ['sessions', teamId, from, to] as const,
  sessionsOf: (teamId: string) => ['sessions', teamId] as const,
  session: (teamId: string, sessionId: string) => ['session', teamId, sessionId] as const,
  sessionPart: (teamId: string, sessionId: string, part: 'summary' | 'media' | 'notifications') =>
    ['session', teamId, sessionId, part] as const,
  dayReview: (teamId: string, date: string) => ['day-review', teamId, date] as const,
  report: (teamId: string, params: string) => ['report', teamId, params] as const,
  teamSettings: (teamId: string) => ['team-settings', teamId] as const,
  displayLinks: (teamId: string) => ['display-links', teamId] as const,
  audit: (params: string) => ['audit', params] as const,
  adminUsers: ['admin-users'] as const,
  adminTeams: ['admin-teams'] as const,
  agentTokens: ['agent-tokens'] as const,
  adminAgentTokens: ['admin-agent-tokens'] as const,
};
