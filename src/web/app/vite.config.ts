// Vite builds the dashboard from src/web/app into dist/web (served by `detente serve` at /).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: here('../../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // The country shapes are fetched on the country page only, as a separate asset.
    assetsInlineLimit: 0,
  },
});
