import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest as never })],
  build: {
    target: 'chrome116',
    sourcemap: false,
    chunkSizeWarningLimit: 200,
  },
  server: { strictPort: true, port: 5173 },
});
