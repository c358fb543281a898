import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev:web`: the dashboard on Vite's dev server, the API behind it on :3000.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
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
