import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The web app lives in src/web and is built into dist/web, which the Fastify server serves. */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' } },
});
