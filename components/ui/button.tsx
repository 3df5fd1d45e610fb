import type { ComponentProps } from 'react';

const VARIANTS = {
  primary: 'bg-brand text-brand-fg hover:bg-brand/90',
  secondary: 'border border-line-strong bg-surface text-fg hover:bg-surface-3',
  quiet: 'text-fg-muted hover:bg-surface-3 hover:text-fg',
  danger: 'bg-state-escalated text-state-escalated-fg hover:bg-state-escalated/90',
} as const;

const SIZES = { sm: 'h-target-sm px-2.5 text-body-sm', md: 'h-target px-3 text-body' } as const;

export function Button({
  variant = 'primary',
  size = 'md',
  className = '',
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES }) {
  return (
    <button
      type={type}
      className={`inline-flex shrink-0 items-center justify-center gap-1.5 rounded-md font-medium whitespace-nowrap disabled:cursor-not-allowed disabled:opacity-60 ${SIZES[size]} ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
