export const queryKeys = {
  teams: ['teams'] as const,
  waiting: (teamId: string) => ['waiting', teamId] as const,
  sessions: (teamId: string, from: string, to: string) => ['sessions', teamId, from, to] as const,
  sessionsOf: (teamId: string) => ['sessions', teamId] as const,
  session: (teamId: string, sessionId: string) => ['session', teamId, sessionId] as const,
  sessionPart: (teamId: string, sessionId: string, part: 'summary' | 'media' | 'notifications') => ['session', teamId, sessionId, part] as const,
  practitioners: (teamId: string) => ['practitioners', teamId] as const,
  dayReview: (teamId: string, date: string) => ['day-review', teamId, date] as const,
};
