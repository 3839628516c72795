import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

const backend = process.env.LAUREL_BACKEND ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  define: {
    // vue-i18n feature flags: Composition API only, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: {
      '/api': backend,
      // Also covers /swagger-ui/**.
      '/swagger': backend,
    },
  },
  build: {
    // The Maven build writes the app straight into the backend's classes (see backend/pom.xml).
    outDir: process.env.LAUREL_STATIC_DIR ?? 'dist',
    // Bundles have content-hashed names: without emptying, every old bundle (and a stale
    // index.html) would pile up in the jar. Needed explicitly when outDir is outside this folder.
    emptyOutDir: true,
    // Element Plus is registered globally, so its chunk is large by design.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'element-plus',
              test: /node_modules[\\/](element-plus|@element-plus|@floating-ui|@popperjs|@ctrl|async-validator|dayjs|lodash|lodash-es|lodash-unified|memoize-one|normalize-wheel-es)[\\/]/,
            },
            {
              name: 'vue',
              test: /node_modules[\\/](vue|@vue|vue-router|pinia|vue-i18n|@intlify|@vueuse)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    setupFiles: ['src/test/setup.ts'],
    // Mounting views with the whole of Element Plus is slow on a cold two-core machine.
    testTimeout: 20000,
    server: {
      deps: {
        // Let Vite resolve Element Plus's own imports: plain Node would hand it the CommonJS build
        // of async-validator, whose default export is not the validator class, and every form
        // would then validate as correct.
        inline: ['element-plus'],
      },
    },
  },
})
