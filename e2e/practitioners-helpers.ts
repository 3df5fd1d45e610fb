import { expect, type APIRequestContext, type Page, test } from '@playwright/test';
import type { RosterResponse } from '../lib/practitioners/types';

export const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2, 7)}`;
export const row = (page: Page, callId: string) => page.locator(`tr[data-call-id="${callId}"]`);
/** Writes carry the app's own Origin, as a browser's would (the proxy refuses others). */
const origin = () => ({ origin: new URL(test.info().project.use.baseURL!).origin });

export async function roster(request: APIRequestContext, teamId: string): Promise<RosterResponse> {
  const response = await request.get(`/api/teams/${teamId}/practitioners`);
  expect(response.status()).toBe(200);
  return (await response.json()) as RosterResponse;
}

export async function entryNamed(request: APIRequestContext, teamId: string, name: string) {
  const found = (await roster(request, teamId)).practitioners.find((p) => p.name === name);
  if (!found) throw new Error(`${name} is not on the roster`);
  return found;
}

export function post(request: APIRequestContext, url: string, data: unknown) {
  return request.post(url, { data, headers: origin() });
}

export function patch(request: APIRequestContext, url: string, data: unknown) {
  return request.patch(url, { data, headers: origin() });
}

export async function setAvailability(request: APIRequestContext, teamId: string, id: string, availability: string) {
  const response = await post(request, `/api/teams/${teamId}/practitioners/${id}/availability`, { availability });
  expect(response.status()).toBe(200);
}

/** The header's "N of M practitioners available" for one clinic, as numbers. */
export async function headerCount(page: Page, teamId: string) {
  const item = page.getByTestId('availability-summary').locator(`li[data-team="${teamId}"]`);
  await expect(item).toContainText('practitioners available');
  const [, available, total] = /(\d+) of (\d+)/.exec((await item.textContent()) ?? '')!;
  return { available: Number(available), total: Number(total), item };
}
