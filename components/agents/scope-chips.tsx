import { AGENT_SCOPES, SCOPE_LABEL, type AgentScope } from '@/lib/agents/scopes';

/** A token's scopes as words; patient details stand out, since they send names and numbers to the assistant. */
export function ScopeChips({ scopes }: { scopes: AgentScope[] }) {
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Scopes">
      {AGENT_SCOPES.filter((s) => scopes.includes(s)).map((s) => (
        <li
          key={s}
          title={SCOPE_LABEL[s].detail}
          className={`rounded-md px-1.5 py-0.5 text-label whitespace-nowrap ${
            s === 'patient-details' ? 'bg-wait-warn-bg text-wait-warn' : 'bg-surface-3 text-fg'
          }`}
        >
          {SCOPE_LABEL[s].title}
        </li>
      ))}
    </ul>
  );
}
