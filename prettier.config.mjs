// Prettier for the whole tree; `npm test` runs `prettier --check .` (see scripts/test.mjs).
/** @type {import('prettier').Config & import('prettier-plugin-tailwindcss').PluginOptions} */
const config = {
  // 120, not Prettier's 80: the code was written with long, descriptive names and one-line guards;
  // 80 would wrap most of them, 120 wraps only the long lines (some ran past 250 characters).
  printWidth: 120,
  singleQuote: true,
  plugins: ['prettier-plugin-tailwindcss'],
  // Tailwind 4: the plugin reads the theme from the CSS entry (which pulls in tailwind.config.ts via
  // `@config`), so class order follows our own tokens. Resolved relative to this file.
  tailwindStylesheet: './app/globals.css',
};

export default config;
