import type { Config } from 'tailwindcss';

// Design tokens. Wait levels always pair colour with an icon and text (never colour alone).
export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        wait: {
          ok: '#166534',
          'ok-bg': '#dcfce7',
          warn: '#854d0e',
          'warn-bg': '#fef9c3',
          critical: '#991b1b',
          'critical-bg': '#fee2e2',
        },
        brand: { DEFAULT: '#0f4c81', fg: '#ffffff' },
      },
    },
  },
} satisfies Config;
