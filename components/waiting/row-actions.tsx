'use client';
import { EllipsisVertical } from 'lucide-react';
import type { MouseEvent } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover, Separator } from 'react-aria-components';
import type { RowAction } from './caller-row';

const INLINE =
  'inline-flex h-target-sm items-center rounded-md border border-line-strong bg-surface px-2.5 text-body-sm font-medium whitespace-nowrap text-fg hover:bg-surface-3';
const ACKNOWLEDGE =
  'inline-flex h-target-sm items-center rounded-md bg-state-escalated px-2.5 text-body-sm font-semibold whitespace-nowrap text-state-escalated-fg hover:bg-state-escalated/90';
const ITEM =
  'flex h-target cursor-default items-center rounded px-2.5 text-body whitespace-nowrap text-fg outline-none data-[focused]:bg-surface-3';

const MENU: [RowAction, string][] = [
  ['claim', 'Claim'],
  ['admit', 'Admit…'],
  ['reassign', 'Reassign…'],
  ['priority', 'Priority…'],
  ['note', 'Note…'],
];

interface Props {
  callerName: string;
  actionable: boolean;
  escalated: boolean;
  mine: boolean;
  onAction: (action: RowAction) => void;
}

/**
 * What can be done with a caller: buttons in the row on a wide table and on a phone's card, one
 * menu on a medium table (the container decides, not the viewport, so an open drawer counts).
 */
export function RowActions({ callerName, actionable, escalated, mine, onAction }: Props) {
  // A control in the row acts on its caller only: the click does not also select the row.
  const act = (action: RowAction) => (e: MouseEvent) => {
    e.stopPropagation();
    onAction(action);
  };
  if (!actionable && !escalated) return null;
  const claim = mine ? 'Release' : 'Claim';
  return (
    <div className="flex items-center justify-end gap-1" onClick={(e) => e.stopPropagation()}>
      <span className="flex gap-1 @3xl:hidden @6xl:flex">
        {escalated && (
          <button type="button" className={ACKNOWLEDGE} onClick={act('acknowledge')}>
            Acknowledge
          </button>
        )}
        {actionable && (
          <>
            <button type="button" className={INLINE} onClick={act('claim')}>
              {claim}
            </button>
            <button type="button" className={INLINE} onClick={act('admit')}>
              Admit
            </button>
            {!escalated && (
              <button type="button" className={INLINE} onClick={act('reassign')}>
                Reassign
              </button>
            )}
          </>
        )}
      </span>
      <MenuTrigger>
        <Button
          aria-label={`Actions for ${callerName}`}
          className="inline-flex size-target-sm items-center justify-center rounded-md text-fg-muted hover:bg-surface-3 hover:text-fg data-[pressed]:bg-surface-3"
        >
          <EllipsisVertical aria-hidden="true" size={18} />
        </Button>
        <Popover
          placement="bottom end"
          className="min-w-44 rounded-md border border-line bg-surface p-1 shadow-overlay"
        >
          <Menu
            aria-label={`Actions for ${callerName}`}
            onAction={(key) => onAction(key as RowAction)}
            className="outline-none"
          >
            {escalated && (
              <MenuItem id="acknowledge" className={ITEM}>
                Acknowledge escalation
              </MenuItem>
            )}
            {actionable &&
              MENU.map(([id, label]) => (
                <MenuItem key={id} id={id} className={ITEM}>
                  {id === 'claim' ? claim : label}
                </MenuItem>
              ))}
            <Separator className="my-1 border-t border-line" />
            <MenuItem id="details" className={ITEM}>
              Details
            </MenuItem>
          </Menu>
        </Popover>
      </MenuTrigger>
    </div>
  );
}
