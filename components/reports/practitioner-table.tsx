import { TableHead } from '@/components/ui/table-head';
import { practitionerLabel } from '@/lib/reports/csv-sections';
import { minutesText, waitText } from '@/lib/reports/format';
import type { QueueReport } from '@/lib/reports/types';
import { ScrollRegion } from '@/components/ui/scroll-region';

const COLUMNS = [
  'Practitioner',
  { label: 'Consults ended', right: true },
  { label: 'Median length', right: true },
  { label: 'Total time', right: true },
  { label: 'Answered, end not seen', right: true },
];

/**
 * Consults per practitioner. Median and total are of the consults that ended, so they agree with
 * the count beside them; answered callers whose end Waitboard has not seen are counted apart, and
 * the totals row shows that every answered caller is counted once.
 */
export function PractitionerTable({ report }: { report: QueueReport }) {
  const rows = report.practitioners;
  const ended = rows.reduce((a, p) => a + p.consults, 0);
  const open = rows.reduce((a, p) => a + p.unfinished, 0);
  return (
    <div className="space-y-2">
      <ScrollRegion label="Consults by practitioner (scrolls sideways)">
        <table className="w-full min-w-[34rem] text-left text-body tabular-nums" aria-label="Consults by practitioner">
          <TableHead columns={COLUMNS} />
          <tbody>
            {rows.map((p) => (
              <tr key={p.practitionerId ?? 'none'} className="border-b border-line" data-practitioner={p.name ?? ''}>
                <th scope="row" className="p-2 text-left font-normal">
                  {practitionerLabel(p)}
                </th>
                <td className="p-2 text-right">{p.consults}</td>
                <td className="p-2 text-right">{waitText(p.medianSeconds)}</td>
                <td className="p-2 text-right whitespace-nowrap">{minutesText(p.totalSeconds)}</td>
                <td className="p-2 text-right">{p.unfinished}</td>
              </tr>
            ))}
            {!rows.length && (
              <tr>
                <td colSpan={5} className="p-2 text-fg-muted">
                  No caller was answered in this range.
                </td>
              </tr>
            )}
          </tbody>
          {rows.length > 0 && (
            <tfoot className="font-semibold">
              <tr>
                <th scope="row" className="p-2 text-left">
                  All ({ended + open} answered)
                </th>
                <td className="p-2 text-right">{ended}</td>
                <td className="p-2" />
                <td className="p-2 text-right whitespace-nowrap">
                  {minutesText(rows.reduce((a, p) => a + p.totalSeconds, 0))}
                </td>
                <td className="p-2 text-right">{open}</td>
              </tr>
            </tfoot>
          )}
        </table>
      </ScrollRegion>
      <p className="text-body-sm text-fg-muted">
        A consult counts for the practitioner the caller was admitted to, else the host of the Waitboard room they were
        sent to, else the practitioner who claimed them. Lengths run from the answer to the end Coviu reported; “end not
        seen” are callers still in a consult or whose end came while Waitboard was not polling.
      </p>
    </div>
  );
}
