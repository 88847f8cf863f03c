import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './src/build/precompress';

export default defineConfig({
  root: 'src/web',
  plugins: [react(), precompressPlugin()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Each page is a chunk of its own (src/web/app.tsx). Two chunks are named rather than left
        // to the bundler: the libraries, which change seldom, so a new version of SKJ mostly
        // reloads only our own code; and the design system's sheets with the primitives, in one
        // chunk so its stylesheet keeps the order of main.tsx (tokens, element defaults, the
        // primitives, the frame) whatever the pages share.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 2 },
            {
              name: 'ui',
              test: /[\\/]src[\\/]web[\\/](?:ui[\\/]|tokens\.css|base\.css|layout\.css)/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
