import { defineConfig } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

// The journeys run against the packaged jar, as a user would get it: one process serving the
// app and the API, with demo mode on and a throwaway H2 database (or the PostgreSQL database
// CI points LAUREL_DB_URL at).
const port = Number(process.env.E2E_PORT ?? 18931)
const here = fileURLToPath(new URL('.', import.meta.url))
const jar = resolve(process.env.LAUREL_JAR ?? join(here, '../../backend/target/laurel.jar'))
const dataDir = mkdtempSync(join(tmpdir(), 'laurel-e2e-'))
const h2 = `jdbc:h2:file:${dataDir}/laurel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH`

// E2E_BASE_URL runs the journeys against a server that is already up (e.g. the Vite dev
// server during development) instead of starting the jar.
const external = process.env.E2E_BASE_URL

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // The screenshot gallery and the overflow sweep check layout, and the CSP and markup sweeps check
  // what the browser does with what the server sends, which no database changes; CI's second pass,
  // on PostgreSQL, sets E2E_SKIP_LAYOUT and keeps only the journeys that depend on the database.
  testIgnore: process.env.E2E_SKIP_LAYOUT ? ['gallery.spec.ts', 'overflow.spec.ts', 'csp.spec.ts', 'xss.spec.ts'] : [],
  outputDir: '../target/e2e-results',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: external ?? `http://127.0.0.1:${port}`,
    locale: 'en-US',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: external
    ? undefined
    : {
        // Every journey signs up and signs in from this one loopback address, and on CI's PostgreSQL the
        // backend suite has already counted its own sign-ups from it: lift the per-address limits only.
        command: `java -Dlaurel.identity.register-max-per-address=1000000 -Dlaurel.identity.login-address-max-failures=1000000 -jar "${jar}"`,
        url: `http://127.0.0.1:${port}/health`,
        timeout: 60_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          LAUREL_PORT: String(port),
          // Management endpoints (metrics, health) on a port of their own; not the default 8081, which
          // another server on this machine may hold.
          LAUREL_MANAGEMENT_PORT: String(port + 1),
          LAUREL_DEMO: 'true',
          LAUREL_DB_URL: process.env.LAUREL_DB_URL ?? h2,
          LAUREL_DB_USER: process.env.LAUREL_DB_USER ?? 'sa',
          LAUREL_DB_PASSWORD: process.env.LAUREL_DB_PASSWORD ?? '',
        },
      },
})
