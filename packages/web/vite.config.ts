import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress';

// Libraries every screen needs go into a few long-lived chunks so a release that changes only app code
// does not make phones on slow village networks download React and antd again.
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 40 },
  { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 30 },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 30 },
  { name: 'dayjs', test: /node_modules[\\/]dayjs[\\/]/, priority: 30 },
  // Only the dashboards load ECharts; its own long-lived chunk, fetched when one of them opens.
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 30 },
  // The antd parts the first screen needs, in one file rather than a dozen small requests; the parts only
  // later pages use (Table, Tree, DatePicker...) stay with those pages.
  {
    name: 'antd-base',
    test: /node_modules[\\/](antd|@ant-design|@rc-component|@emotion|stylis|clsx|@babel[\\/]runtime)[\\/]/,
    tags: ['$initial' as const],
    priority: 20,
  },
];

export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The intranet browsers are recent Chromium builds; no legacy polyfills needed.
    target: 'es2022',
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // @fengqiao/domain is pure by its own rules (no I/O, nothing runs on import), but its zod schemas are
      // top-level calls the bundler cannot prove pure; without this hint any import from it drags zod and
      // every schema into the login page.
      treeshake: {
        moduleSideEffects: (id: string) => (/[\\/]packages[\\/]domain[\\/]src[\\/]/.test(id) ? false : undefined),
      },
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:8080', ws: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:8080', ws: true },
    },
  },
});
