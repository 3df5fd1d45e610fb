'use client';
import { Bot } from 'lucide-react';
import { useId } from 'react';
import { INPUT } from '@/components/ui/field';

export interface AgentTokenChoice {
  id: string;
  name: string;
  ownerName: string;
}

/** 'only': entries made through an agent token; with `agentTokenId`, through that one. */
export interface AgentFilterValues {
  agent: '' | 'only';
  agentTokenId: string;
}

interface Props {
  className?: string;
  agentTokens: AgentTokenChoice[];
  values: AgentFilterValues;
  onChange: (changes: Partial<AgentFilterValues>) => void;
}

/**
 * What assistants did: a tick for every agent token's activity, then (once ticked) a choice of
 * one token. Hidden until asked for, so the everyday filters stay as they were.
 */
export function AgentFilter({ className = '', agentTokens, values, onChange }: Props) {
  const id = useId();
  const only = values.agent === 'only';
  return (
    <div className={`flex min-w-0 flex-wrap items-center gap-x-3 gap-y-2 self-end ${className}`}>
      <label className="flex h-target shrink-0 items-center gap-2 text-body text-fg">
        <input
          type="checkbox"
          className="size-4 accent-brand"
          checked={only}
          onChange={(e) => onChange(e.target.checked ? { agent: 'only' } : { agent: '', agentTokenId: '' })}
        />
        <Bot aria-hidden="true" size={16} className="text-fg-muted" />
        Agent activity only
      </label>
      {only && agentTokens.length > 0 && (
        <div className="min-w-40 flex-1">
          <label htmlFor={id} className="sr-only">
            Agent token
          </label>
          <select
            id={id}
            className={`${INPUT} mt-0`}
            value={values.agentTokenId}
            onChange={(e) => onChange({ agentTokenId: e.target.value })}
          >
            <option value="">Any agent token</option>
            {agentTokens.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({t.ownerName})
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
