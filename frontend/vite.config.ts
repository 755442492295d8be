/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = process.env.HRGRAPH_DEV_BACKEND ?? 'http://127.0.0.1:8000';

// Two pages: the console SPA (index.html, served at / with history fallback) and the
// self-hosted GraphiQL (graphiql.html, served by the backend at /graphiql). Both emit
// their chunks into dist/assets/, which the backend serves at /assets/*.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('./graphiql.html', import.meta.url)),
      },
      output: {
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          // GraphiQL and its editor stack stay out of the console's chunks.
          if (/node_modules\/(graphiql|@graphiql|codemirror|codemirror-graphql|@codemirror|markdown-it|linkify-it|mdurl|uc\.micro|entities|@radix-ui|@headlessui|framer-motion|motion-dom|motion-utils|copy-to-clipboard|set-value|get-value|zustand)\//.test(id)) {
            return undefined;
          }
          if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|@remix-run|tslib)\//.test(id)) return 'vendor';
          // ECharts only ever loads with the traffic charts (a lazy import); scripts/bundle-budget.mjs checks it stays out of the initial chunks.
          if (/node_modules\/(echarts|zrender)\//.test(id)) return 'charts';
          if (/node_modules\/(graphql|graphql-ws)\//.test(id)) return 'graphql';
          if (/node_modules\/(@apollo|@wry|optimism|zen-observable|ts-invariant|symbol-observable|rehackt)\//.test(id)) return 'apollo';
          return undefined;
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: backend, ws: true, changeOrigin: true },
      '/oauth': { target: backend, changeOrigin: true },
      '/healthz': { target: backend, changeOrigin: true },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
