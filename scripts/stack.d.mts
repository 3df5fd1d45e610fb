// Types for stack.mjs, for the TypeScript benchmarks.
import type { BrowserContext } from '@playwright/test';

export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: string[];
export function missingPrerequisite(): string | null;
export function freePort(): Promise<number>;
export interface Stack {
  appUrl: string;
  sandboxUrl: string;
  /** The sandbox's control API; throws on a refusal. */
  control(method: string, path: string, body?: unknown): Promise<unknown>;
  stop(): void;
}
export function startStack(options?: { env?: Record<string, string>; log?: 'ignore' | 'inherit' }): Promise<Stack>;
export function signIn(context: BrowserContext, appUrl: string, email: string): Promise<void>;
