import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The public portal's JS budget (gzipped, its entry with every chunk it imports). */
const PUBLIC_BUDGET_KB = 100;

/** Print the gzipped size of the public portal's script after the build; fail the build past the budget. */
function publicBundleSize(): Plugin {
  return {
    name: 'minsheng-public-bundle-size',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'portal');
      if (!entry || entry.type !== 'chunk') return;
      const files = new Set<string>();
      const visit = (name: string) => {
        const chunk = bundle[name];
        if (!chunk || chunk.type !== 'chunk' || files.has(name)) return;
        files.add(name);
        for (const imported of [...chunk.imports, ...chunk.dynamicImports]) visit(imported);
      };
      visit(entry.fileName);
      let gz = 0;
      for (const name of files) {
        const chunk = bundle[name];
        if (chunk?.type === 'chunk') gz += zlib.gzipSync(chunk.code).length;
      }
      const kb = gz / 1024;
      console.log(`\n公众门户脚本 ${[...files].join(', ')}：gzip 后 ${kb.toFixed(1)} KB（上限 ${PUBLIC_BUDGET_KB} KB）`);
      if (kb > PUBLIC_BUDGET_KB) this.error(`公众门户脚本 gzip 后 ${kb.toFixed(1)} KB，超过 ${PUBLIC_BUDGET_KB} KB 的上限。`);
    },
  };
}

/**
 * The web app lives in src/web and is built into dist/web, which the Fastify server serves. The public portal's
 * script (src/public/portal.ts) is a second entry that shares nothing with the back office; the manifest tells the
 * server its hashed file name.
 */
export default defineConfig({
  root: 'src/web',
  plugins: [react(), publicBundleSize()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    manifest: true,
    rollupOptions: { input: { main: fileURLToPath(new URL('./src/web/index.html', import.meta.url)), portal: fileURLToPath(new URL('./src/public/portal.ts', import.meta.url)) } },
  },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080', '/public': 'http://127.0.0.1:8080', '/open': 'http://127.0.0.1:8080' } },
});
