import { defineConfig, searchForWorkspaceRoot } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev:web`: the dashboard on Vite's dev server, the API behind it on :3000.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // The texts are libs/i18n's (one set of catalogues with the API): served from outside apps/web.
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), '../../libs/i18n'] },
    proxy: {
      '/api': 'http://localhost:3000',
      '/health': 'http://localhost:3000',
      '/docs': 'http://localhost:3000',
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // Charts are only on the overview: their own chunk keeps the first load small.
    chunkSizeWarningLimit: 600,
  },
});
