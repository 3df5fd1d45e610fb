/** Browser-side fetch of our own API: JSON in, the error envelope's message out as an Error. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The inputs the server refused, by dotted path, when it said which. */
    readonly fields: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; fields?: { path: string; message: string }[] };
  } | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'unknown',
      body?.error?.message ?? `Request failed (${response.status}).`,
      body?.error?.fields,
    );
  }
  return body as T;
}
