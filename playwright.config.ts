import { defineConfig } from '@playwright/test';

const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4110);

/**
 * The app's database: the embedded PGlite (default), or with E2E_DATABASE=postgres a fresh
 * PostgreSQL database made for the run on TEST_DATABASE_URL's server (scripts/e2e-server.mjs).
 * `npm test` runs the suite once in each mode, each with its own report and output folder.
 */
const MODE = process.env.E2E_DATABASE ?? 'pglite';
if (MODE !== 'pglite' && MODE !== 'postgres') throw new Error(`E2E_DATABASE is pglite or postgres, not ${MODE}`);
export const ON_POSTGRES = MODE === 'postgres';
const SUFFIX = ON_POSTGRES ? '-postgres' : '';
const E2E_DATA = `test-results/e2e${SUFFIX}-data`;
export const WEBHOOK_TOKEN = 'e2e-webhook-token-0123456789';
export const METRICS_TOKEN = 'e2e-metrics-token-0123456789';
export const ESCALATION_PORT = Number(process.env.E2E_ESCALATION_PORT ?? 4199);
// Entry links by email go to an SMTP listener that e2e/send-links.spec.ts starts on this port.
// SMS stays record-only: other specs send SMS and expect "Recorded, not sent".
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? ESCALATION_PORT + 1000);

export const SANDBOX_URL = `http://127.0.0.1:${SANDBOX_PORT}`;

// Single sign-on against a local OpenID provider (e2e/idp/): the issuer, and its control API on
// a port of its own so that "the provider is down" can be a closed port while control answers.
export const IDP_PORT = Number(process.env.E2E_IDP_PORT ?? 4120);
export const IDP_CONTROL_PORT = IDP_PORT + 1;
export const IDP_ISSUER = `http://127.0.0.1:${IDP_PORT}`;
export const IDP_CONTROL_URL = `http://127.0.0.1:${IDP_CONTROL_PORT}/_idp`;
export const OIDC_CLIENT_ID = 'waitboard';
export const OIDC_CLIENT_SECRET = 'e2e-oidc-secret-0123456789';
export const OIDC_NAME = 'Clinic SSO';

/** Debian's Chromium: Playwright cannot download its own browser here (STACK.md). */
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: `test-results/playwright${SUFFIX}.json` }]],
  outputDir: `test-results/playwright${SUFFIX}`,
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: 'node_modules/.bin/tsx sandbox/main.ts',
      url: `${SANDBOX_URL}/_sandbox`,
      env: {
        SANDBOX_PORT: String(SANDBOX_PORT),
        SANDBOX_SIMULATION: 'off',
        SANDBOX_SEED: '2026',
        SANDBOX_WEBHOOK_URL: `http://127.0.0.1:${APP_PORT}/api/webhooks/coviu`,
        SANDBOX_WEBHOOK_AUTH: `bearer:${WEBHOOK_TOKEN}`,
      },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'node_modules/.bin/tsx e2e/idp/main.ts',
      url: IDP_CONTROL_URL,
      env: {
        IDP_PORT: String(IDP_PORT),
        IDP_CONTROL_PORT: String(IDP_CONTROL_PORT),
        IDP_APP_URL: `http://127.0.0.1:${APP_PORT}`,
        IDP_CLIENT_SECRET: OIDC_CLIENT_SECRET,
      },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // A fresh database every run, dropped when the server stops (keep-alive: see the script).
      command: 'node scripts/e2e-server.mjs',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
      url: `http://127.0.0.1:${APP_PORT}/api/health?ready=1`,
      env: {
        PORT: String(APP_PORT),
        SANDBOX_PORT: String(SANDBOX_PORT),
        NEXT_TELEMETRY_DISABLED: '1',
        DATA_DIR: E2E_DATA,
        E2E_DATABASE: MODE,
        NEXTAUTH_URL: `http://127.0.0.1:${APP_PORT}`,
        LOG_LEVEL: 'warn',
        COVIU_WEBHOOK_TOKEN: WEBHOOK_TOKEN,
        METRICS_TOKEN,
        ESCALATION_WEBHOOK_URL: `http://127.0.0.1:${ESCALATION_PORT}/escalations`,
        ESCALATION_REPEAT_MINUTES: '0.1',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(SMTP_PORT),
        MAIL_FROM: 'North Clinic <links@clinic.example>',
        NOTIFY_TIMEOUT_MS: '3000',
        OIDC_ISSUER: IDP_ISSUER,
        OIDC_CLIENT_ID,
        OIDC_CLIENT_SECRET,
        OIDC_NAME,
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
