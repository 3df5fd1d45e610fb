'use client';
import { KeyRound, TriangleAlert } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { MCP_CLIENTS, mcpClientConfig } from '@/lib/agents/client-config';
import type { MadeToken } from './new-token-form';

const CODE =
  'block rounded-md border border-line bg-surface-2 p-2.5 font-mono text-xs leading-relaxed whitespace-pre-wrap text-fg [overflow-wrap:anywhere]';

/**
 * The new token's secret, shown this once, and the configuration to paste into an assistant. Focus
 * comes here when it appears, so a keyboard or screen-reader user lands on it too.
 */
export function NewTokenSecret({ made, mcpUrl, onDone }: { made: MadeToken; mcpUrl: string; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [made.token]);
  return (
    <section
      aria-labelledby="new-token-title"
      className="scroll-mt-4 space-y-4 rounded-lg border-2 border-wait-ok/50 bg-surface p-4 sm:p-5"
      data-testid="new-token"
    >
      <div className="space-y-1">
        <h2
          id="new-token-title"
          ref={heading}
          tabIndex={-1}
          className="flex items-center gap-2 text-heading text-fg outline-none"
        >
          <KeyRound aria-hidden="true" size={18} className="shrink-0 text-wait-ok" />
          <span className="min-w-0 [overflow-wrap:anywhere]">“{made.agentToken.name}” is ready</span>
        </h2>
        <p className="flex items-start gap-1.5 text-body font-semibold text-wait-warn">
          <TriangleAlert aria-hidden="true" size={16} className="mt-0.5 shrink-0" />
          <span>
            Copy it now: you won’t see this token again. Waitboard keeps only a fingerprint of it, so if it is lost,
            revoke it and make another.
          </span>
        </p>
      </div>

      <div className="space-y-2">
        <p className="text-sm font-medium text-fg" id="new-token-secret-label">
          Agent token
        </p>
        <div className="flex flex-col items-start gap-2 sm:flex-row">
          <code
            className={`${CODE} w-full min-w-0 flex-1 text-body-sm`}
            aria-labelledby="new-token-secret-label"
            data-testid="token-secret"
          >
            {made.token}
          </code>
          <CopyButton text={made.token} label="token" />
        </div>
        <p className="text-body-sm text-fg-muted">
          Treat it like your password: it works as you. Keep it in the assistant’s settings only, never in an email or a
          chat.
        </p>
      </div>

      <div className="space-y-2">
        <h3 className="text-sm font-medium text-fg">Set up your assistant</h3>
        <Tabs>
          <TabList aria-label="MCP client" className="flex overflow-x-auto shadow-[inset_0_-1px_0_var(--wb-line)]">
            {MCP_CLIENTS.map((c) => (
              <Tab
                key={c.id}
                id={c.id}
                className="cursor-default rounded-t-md border-b-2 border-transparent px-2.5 py-2 text-body-sm whitespace-nowrap text-fg-muted outline-none data-[focus-visible]:ring-2 data-[focus-visible]:ring-focus data-[hovered]:text-fg data-[selected]:border-brand data-[selected]:font-semibold data-[selected]:text-fg sm:px-3 sm:text-body"
              >
                {c.label}
              </Tab>
            ))}
          </TabList>
          {MCP_CLIENTS.map((c) => {
            const text = mcpClientConfig(c.id, mcpUrl, made.token);
            return (
              <TabPanel key={c.id} id={c.id} className="space-y-2 pt-3 outline-none">
                <p className="max-w-prose text-body-sm text-fg-muted">{c.where}</p>
                <pre className={CODE} data-testid={`config-${c.id}`}>
                  {text}
                </pre>
                <CopyButton text={text} label={c.id === 'claude-code' ? 'command' : 'configuration'} />
              </TabPanel>
            );
          })}
        </Tabs>
        <p className="text-body-sm text-fg-muted">
          The server address is <code className="font-mono text-xs [overflow-wrap:anywhere]">{mcpUrl}</code>. Every call
          the assistant makes is in the audit log as you, “via agent token {made.agentToken.name}”.
        </p>
      </div>

      <Button variant="secondary" onClick={onDone}>
        I have saved it: hide the token
      </Button>
    </section>
  );
}
