import { Bot } from 'lucide-react';
import { TableHead } from '@/components/ui/table-head';
import type { AuditEntry } from '@/lib/audit/entry';
import { formatClinicDateTime } from '@/lib/core/clinic-time';

// Under 768 px each entry is a card: the cells stack, each led by its column's name.
const CELL =
  'px-2 py-1 md:py-2 max-md:flex max-md:gap-2 max-md:before:w-16 max-md:before:shrink-0 max-md:before:text-fg-muted max-md:before:content-[attr(data-label)]';

interface Props {
  entries: AuditEntry[];
  timezone: string;
  /** Off when one clinic is chosen: every entry is that clinic's or none's, and the room goes to "About". */
  showClinic: boolean;
}

export function AuditTable({ entries, timezone, showClinic }: Props) {
  return (
    <table className="w-full table-fixed rounded-lg border border-line bg-surface text-left text-sm max-md:block">
      <caption className="sr-only">Audit entries, newest first</caption>
      <TableHead
        className="max-md:sr-only"
        columns={[
          { label: 'When', className: 'w-32' },
          { label: 'Who', className: 'w-[16%]' },
          { label: 'Action', className: 'w-[20%]' },
          { label: 'About' },
          ...(showClinic ? [{ label: 'Clinic', className: 'w-[14%]' }] : []),
          { label: 'From', className: 'w-[13%]' },
        ]}
      />
      <tbody className="max-md:block">
        {entries.map((e) => (
          <tr
            key={e.id}
            className="border-b border-line align-top last:border-0 max-md:block max-md:py-2"
            data-action={e.action}
            data-entry={e.id}
            data-agent={e.agentTokenId ?? undefined}
          >
            <td className={`${CELL} tabular-nums`} data-label="When">
              <time dateTime={e.at}>{formatClinicDateTime(e.at, timezone)}</time>
            </td>
            <td className={`${CELL} break-words`} data-label="Who" title={e.actorEmail ?? undefined}>
              <span className="flex min-w-0 flex-col">
                <span>{e.who}</span>
                {e.agentTokenName && (
                  <span className="flex items-start gap-1 text-xs text-fg-muted" data-testid="audit-via-agent">
                    <Bot aria-hidden="true" size={13} className="mt-px shrink-0" />
                    <span className="min-w-0 break-words">via agent token {e.agentTokenName}</span>
                  </span>
                )}
              </span>
            </td>
            <td className={CELL} data-label="Action">
              {e.actionLabel}
            </td>
            <td className={`${CELL} break-words`} data-label="About" data-testid="audit-about">
              {e.what}
            </td>
            {showClinic && (
              <td className={CELL} data-label="Clinic">
                {e.clinic ?? <span className="text-fg-muted">—</span>}
              </td>
            )}
            <td className={CELL} data-label="From" title={[e.ip, e.device].filter(Boolean).join(' · ') || undefined}>
              <span className="flex flex-col">
                <span data-testid="audit-from">{e.from}</span>
                {e.device && <span className="text-xs text-fg-muted">{e.device}</span>}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
