import type { Config } from 'tailwindcss';

const v = (name: string) => `var(--wb-${name})`;

/** A level or state: its text colour and its tint, e.g. `text-state-left bg-state-left-bg`. */
const pair = (name: string) => ({ [name]: v(name), [`${name}-bg`]: v(`${name}-bg`) });
/** A level as a solid fill and the text on it, e.g. `bg-wait-warn-fill text-wait-warn-on-fill`. */
const fill = (name: string) => ({ [`${name}-fill`]: v(`${name}-fill`), [`${name}-on-fill`]: v(`${name}-on-fill`) });

// Design tokens. The values live in app/globals.css as CSS variables holding a light and a dark
// value each, so the dark theme swaps tokens instead of duplicating classes. Wait levels and
// caller states always pair colour with an icon and a word (never colour alone).
export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        canvas: v('canvas'),
        surface: { DEFAULT: v('surface'), 2: v('surface-2'), 3: v('surface-3') },
        line: { DEFAULT: v('line'), strong: v('line-strong') },
        fg: { DEFAULT: v('fg'), muted: v('fg-muted'), subtle: v('fg-subtle') },
        brand: { DEFAULT: v('brand'), fg: v('brand-fg') },
        focus: v('focus'),
        selected: v('selected'),
        scrim: v('scrim'),
        wait: {
          ...pair('ok'),
          ...pair('warn'),
          ...pair('critical'),
          // Whole rows on the wall display: `bg-wait-ok-fill text-wait-ok-on-fill`.
          ...fill('ok'),
          ...fill('warn'),
          ...fill('critical'),
        },
        state: {
          ...pair('waiting'),
          ...pair('on-hold'),
          ...pair('being-seen'),
          ...pair('ended'),
          ...pair('left'),
          ...pair('transferred'),
          ...pair('claimed'),
          escalated: v('escalated'),
          'escalated-fg': v('escalated-fg'),
        },
      },
      // A short type scale for a dense screen read all day: 12 / 13 / 14 / 16 / 20 px.
      fontSize: {
        label: ['0.75rem', { lineHeight: '1rem', fontWeight: '600' }],
        'body-sm': ['0.8125rem', { lineHeight: '1.125rem' }],
        body: ['0.875rem', { lineHeight: '1.25rem' }],
        heading: ['1rem', { lineHeight: '1.5rem', fontWeight: '600' }],
        title: ['1.25rem', { lineHeight: '1.75rem', fontWeight: '650' }],
      },
      // Hit targets: 32 px in a dense row, 36 px for toolbars, 40 px on touch screens.
      spacing: { 'target-sm': '2rem', target: '2.25rem', 'target-lg': '2.5rem', drawer: '28rem' },
      boxShadow: {
        overlay: '0 12px 32px -8px rgb(15 23 42 / 0.35), 0 2px 6px rgb(15 23 42 / 0.12)',
      },
    },
  },
} satisfies Config;
