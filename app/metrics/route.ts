import { route } from '@/server/http/handler';
import { metricsResponse } from '@/server/metrics/endpoint';

export const dynamic = 'force-dynamic';

/** Prometheus metrics, for an administrator or a scraper with METRICS_TOKEN (server/metrics/endpoint.ts). */
export const GET = route('metrics', async ({ request }) => metricsResponse(request));
