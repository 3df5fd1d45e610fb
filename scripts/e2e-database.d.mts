// Types for e2e-database.mjs, for the specs.
export const ADMIN_URL: string;
export function adminUrlForHumans(): string;
export function sweepStaleDatabases(log?: (line: string) => void): Promise<string[]>;
export function createDatabase(): Promise<{ name: string; url: string }>;
export function dropDatabase(name: string): Promise<void>;
