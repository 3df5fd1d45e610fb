import 'server-only';
import type { CsvFile } from '../csv';

/** A download, never cached: exports hold clinic data. */
export function csvResponse({ body, filename }: CsvFile): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
      'cache-control': 'no-store',
    },
  });
}
