/** What a shortcut does on the callers' list. */
export type KeyCommand =
  | 'next'
  | 'previous'
  | 'longest'
  | 'claim'
  | 'admit'
  | 'reassign'
  | 'priority'
  | 'note'
  | 'details'
  | 'undo'
  | 'search'
  | 'help';

export interface Shortcut {
  command: KeyCommand;
  /** `KeyboardEvent.key` values that run it. */
  keys: string[];
  /** How the help writes the keys. */
  label: string;
  description: string;
}

/** The one list of shortcuts: the key handler and the help dialog both read it, so they cannot disagree. */
export const SHORTCUTS: Shortcut[] = [
  { command: 'next', keys: ['j', 'ArrowDown'], label: 'j / ↓', description: 'Next caller (most urgent first)' },
  { command: 'previous', keys: ['k', 'ArrowUp'], label: 'k / ↑', description: 'Previous caller' },
  { command: 'longest', keys: ['l'], label: 'l', description: 'Caller waiting longest since they arrived' },
  { command: 'claim', keys: ['c'], label: 'c', description: 'Claim or release' },
  { command: 'admit', keys: ['a'], label: 'a', description: 'Admit to a practitioner' },
  { command: 'reassign', keys: ['r'], label: 'r', description: 'Reassign' },
  { command: 'priority', keys: ['p'], label: 'p', description: 'Set priority' },
  { command: 'note', keys: ['n'], label: 'n', description: 'Note' },
  {
    command: 'details',
    keys: ['d', 'Enter'],
    label: 'd / Enter',
    description: "Caller's details (recorded in the audit log)",
  },
  { command: 'undo', keys: ['u'], label: 'u', description: 'Undo the last action while its Undo button shows' },
  { command: 'search', keys: ['/'], label: '/', description: 'Search by name' },
  { command: 'help', keys: ['?'], label: '?', description: 'This list of shortcuts' },
];

const BY_KEY = new Map(SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s.command] as const)));

export function commandFor(key: string): KeyCommand | null {
  return BY_KEY.get(key) ?? null;
}
