'use client';
import type { Ref } from 'react';
import { Button } from '@/components/ui/button';
import { TableHead } from '@/components/ui/table-head';
import type { AgentTokenView } from '@/lib/agents/scopes';
import { endsSoon, tokenState } from '@/lib/agents/token-state';
import { ScopeChips } from './scope-chips';
import { TokenStateBadge } from './token-state-badge';
import { day, when } from './when';

// Under 768 px each token is a card: the cells stack, each led by its column's name.
const CELL =
  'px-2 py-1 md:py-2.5 max-md:flex max-md:gap-3 max-md:before:w-24 max-md:before:shrink-0 max-md:before:text-fg-muted max-md:before:content-[attr(data-label)]';

interface Props {
  tokens: AgentTokenView[];
  /** Clinic names by id; a token limited to a clinic since removed says so. */
  clinicNames: Map<string, string>;
  /** What "every clinic of the owner" reads as: "All your clinics", or "All their clinics" for an administrator. */
  allClinicsLabel: string;
  /** The administrators' list names each token's owner. */
  showOwner?: boolean;
  now: number;
  onRevoke: (token: AgentTokenView) => void;
  caption: string;
  /** The table takes focus after a revoke, as the button that had it is gone. */
  ref?: Ref<HTMLTableElement>;
}

/** Agent tokens as a table (cards on a phone): never the secret, only its first characters. */
export function TokenTable({
  tokens,
  clinicNames,
  allClinicsLabel,
  showOwner = false,
  now,
  onRevoke,
  caption,
  ref,
}: Props) {
  const clinics = (t: AgentTokenView) =>
    t.teamIds === null
      ? allClinicsLabel
      : t.teamIds.map((id) => clinicNames.get(id) ?? 'A clinic since removed').join(', ');
  return (
    <table
      ref={ref}
      tabIndex={-1}
      className="w-full table-fixed rounded-lg border border-line bg-surface text-left text-body outline-none max-md:block"
    >
      <caption className="sr-only">{caption}</caption>
      <TableHead
        className="max-md:sr-only"
        columns={[
          // Every column has a share (the Revoke column its width), so none is squeezed to what is left.
          { label: 'Token', className: showOwner ? 'w-[19%]' : 'w-[24%]' },
          ...(showOwner ? [{ label: 'Owner', className: 'w-[17%]' }] : []),
          { label: 'What it may do', className: showOwner ? 'w-[18%]' : 'w-[24%]' },
          { label: 'Clinics', className: showOwner ? 'w-[13%]' : 'w-[16%]' },
          { label: 'Last used', className: 'w-[12%]' },
          { label: 'Expires', className: 'w-[12%]' },
          { label: 'Actions', hidden: true, className: 'w-24' },
        ]}
      />
      <tbody className="max-md:block">
        {tokens.map((t) => {
          const state = tokenState(t, now);
          const soon = endsSoon(t.expiresAt, now);
          return (
            <tr
              key={t.id}
              data-token-id={t.id}
              data-state={state}
              className={`border-b border-line align-top last:border-0 max-md:block max-md:py-2 ${state === 'active' ? '' : 'text-fg-muted'}`}
            >
              <td className={CELL} data-label="Token">
                <span className="flex min-w-0 flex-col">
                  <span className="font-medium break-words text-fg" data-testid="token-name">
                    {t.name}
                  </span>
                  <span className="text-xs text-fg-muted">
                    <code data-testid="token-prefix">{t.prefix}…</code> ·{' '}
                    <span title={when(t.createdAt)} className="whitespace-nowrap">
                      made {day(t.createdAt)}
                    </span>
                  </span>
                </span>
              </td>
              {showOwner && (
                <td className={CELL} data-label="Owner">
                  <span className="flex min-w-0 flex-col">
                    <span className="break-words">{t.owner.name}</span>
                    <span className="text-xs break-words text-fg-muted">{t.owner.email}</span>
                  </span>
                </td>
              )}
              <td className={CELL} data-label="May do">
                <ScopeChips scopes={t.scopes} />
              </td>
              <td className={`${CELL} break-words`} data-label="Clinics">
                {clinics(t)}
              </td>
              <td className={CELL} data-label="Last used">
                {t.lastUsedAt ? when(t.lastUsedAt) : <span className="text-fg-muted">Never used</span>}
              </td>
              <td className={CELL} data-label="Expires">
                <span className="flex flex-col items-start gap-1">
                  {state !== 'active' && <TokenStateBadge state={state} />}
                  {state === 'revoked' ? (
                    <span title={when(t.revokedAt!)}>on {day(t.revokedAt!)}</span>
                  ) : (
                    <span title={when(t.expiresAt)}>
                      {state === 'expired' ? 'on ' : ''}
                      {day(t.expiresAt)}
                    </span>
                  )}
                  {soon !== null && state === 'active' && (
                    <span className="text-xs font-medium text-wait-warn">
                      in {soon} {soon === 1 ? 'day' : 'days'}
                    </span>
                  )}
                </span>
              </td>
              <td className={`${CELL} md:text-right`} data-label="">
                {state === 'active' && (
                  <Button variant="secondary" size="sm" onClick={() => onRevoke(t)}>
                    Revoke<span className="sr-only"> {t.name}</span>
                  </Button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
