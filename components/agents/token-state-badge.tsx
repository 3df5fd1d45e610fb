import { Ban, CircleCheck, Clock, type LucideIcon } from 'lucide-react';
import { IconBadge } from '@/components/ui/icon-badge';
import type { TokenState } from '@/lib/agents/token-state';

const LOOK: Record<TokenState, { Icon: LucideIcon; className: string; label: string }> = {
  active: { Icon: CircleCheck, className: 'bg-wait-ok-bg text-wait-ok', label: 'Working' },
  expired: { Icon: Clock, className: 'bg-state-ended-bg text-state-ended', label: 'Expired' },
  revoked: { Icon: Ban, className: 'bg-state-left-bg text-state-left', label: 'Revoked' },
};

export function TokenStateBadge({ state }: { state: TokenState }) {
  const { Icon, className, label } = LOOK[state];
  return (
    <IconBadge Icon={Icon} className={className} testId="token-state">
      {label}
    </IconBadge>
  );
}
