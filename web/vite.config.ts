// Builds the web app into web/dist, which `rebound serve` serves beside the API.
// No inline scripts or styles end up in the output: the server's CSP is `script-src 'self'`
// and `style-src 'self'`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Never inline assets as data: URLs (CSP allows 'self' only).
    assetsInlineLimit: 0,
    cssCodeSplit: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
  server: {
    port: 5173,
    strictPort: false,
    proxy: {
      '/api': { target: process.env.REBOUND_API ?? 'http://127.0.0.1:4317', changeOrigin: true },
    },
  },
});
