import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes a new migration from server/db/schema.ts (and server/db/tables/); the app applies
// migrations itself on start, on PGlite and on PostgreSQL alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
});
