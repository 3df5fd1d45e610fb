import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      'server-only': fileURLToPath(new URL('./test/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    env: { LOG_LEVEL: 'error' },
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Contract tests each start a sandbox on a free port; two cores, so keep workers few.
    maxWorkers: 2,
  },
});
