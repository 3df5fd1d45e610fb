export const queryKeys = {
  teams: ['teams'] as const,
  waiting: (teamId: string) => ['waiting', teamId] as const,
};
