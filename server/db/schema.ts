// Table definitions only (no server-only import): drizzle-kit loads this file, and the files it
// re-exports, to generate migrations.
export * from './tables/staff';
export * from './tables/waiting';
export * from './tables/sessions';
export * from './tables/settings';
export * from './tables/reports';
export * from './tables/practitioners';
export * from './tables/feeds';
export * from './tables/agents';
export * from './tables/sso';
