import { expect, test, type Browser, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { api, DESKTOP, newPage, token } from './support'
import { JUDGES, ORGANIZER, PASSWORD, stage, type Stage, signInAnywhere } from './payloads'

// Every route of the app, visited as someone who may see it, under the server's real
// Content-Security-Policy: not one violation may be reported, neither as a
// securitypolicyviolation event nor as a console error.

const INVESTOR = 'investor@demo.laurel.dev'

type Role = 'visitor' | 'applicant' | 'organizer' | 'judge' | 'admin' | 'investor'

/** The demo investor's program and one project it may open. */
interface Market {
  programId: number
  entryId: number
}

/** Route pattern (as in src/router/index.ts) -> who visits it and where; a new route without a visit fails the test. */
function visits(s: Stage, m: Market): Record<string, [Role, string][]> {
  return {
    '/': [['visitor', '/']],
    '/login': [['visitor', '/login']],
    '/register': [['visitor', '/register']],
    '/forgot-password': [['visitor', '/forgot-password']],
    '/reset-password': [['visitor', '/reset-password?token=not-a-real-token']],
    '/account': [['applicant', '/account']],
    '/invitations/:token': [['applicant', '/invitations/not-a-real-token']],
    '/workspace': [
      ['applicant', '/workspace'],
      ['organizer', '/workspace'],
    ],
    '/notifications': [['applicant', '/notifications']],
    '/programs': [['visitor', '/programs']],
    '/programs/:slug': [['visitor', `/programs/${s.slug}`]],
    '/programs/:slug/apply': [['applicant', `/programs/${s.slug}/apply`]],
    '/my/entries': [['applicant', '/my/entries']],
    '/my/entries/:id(\\d+)': [['applicant', `/my/entries/${s.entryId}`]],
    '/entries/:id(\\d+)': [['applicant', `/entries/${s.rejectedId}`]],
    '/my/entries/:id(\\d+)/edit': [['applicant', `/my/entries/${s.draftId}/edit`]],
    '/organize': [['organizer', '/organize']],
    '/organize/programs/new': [['organizer', '/organize/programs/new']],
    '/organize/programs/:id(\\d+)/edit': [['organizer', `/organize/programs/${s.programId}/edit`]],
    '/organize/programs/:id(\\d+)/entries': [['organizer', `/organize/programs/${s.programId}/entries`]],
    '/organize/programs/:id(\\d+)/rounds': [['organizer', `/organize/programs/${s.programId}/rounds`]],
    '/organize/programs/:id(\\d+)/participation': [['organizer', `/organize/programs/${s.programId}/participation`]],
    '/organize/rounds/new': [['organizer', `/organize/rounds/new?program=${s.programId}`]],
    '/organize/rounds/:id(\\d+)/edit': [['organizer', `/organize/rounds/${s.roundId}/edit`]],
    '/organize/rounds/:id(\\d+)/method': [['organizer', `/organize/rounds/${s.roundId}/method`]],
    '/organize/rounds/:id(\\d+)': [
      ['organizer', `/organize/rounds/${s.roundId}`],
      ['organizer', `/organize/rounds/${s.roundId}?tab=results`],
      ['organizer', `/organize/rounds/${s.roundId}?tab=matrix`],
      ['organizer', `/organize/rounds/${s.roundId}?tab=audit`],
      ['organizer', `/organize/rounds/${s.liveRoundId}?tab=live`],
    ],
    '/judging': [['judge', '/judging']],
    '/judging/rounds/:roundId(\\d+)/entries/:entryId(\\d+)': [
      ['judge', `/judging/rounds/${s.roundId}/entries/${s.entryId}`],
    ],
    '/judging/rounds/:roundId(\\d+)/pairwise': [['judge', `/judging/rounds/${s.roundId}/pairwise`]],
    '/judging/profile': [['judge', '/judging/profile']],
    '/judging/rounds/:roundId(\\d+)/bids': [['judge', `/judging/rounds/${s.roundId}/bids`]],
    '/live/:sessionId(\\d+)/host': [['organizer', `/live/${s.sessionId}/host`]],
    '/live/:sessionId(\\d+)/judge': [['judge', `/live/${s.sessionId}/judge`]],
    '/live/:sessionId(\\d+)/screen': [['visitor', `/live/${s.sessionId}/screen?lang=en`]],
    '/live/:sessionId(\\d+)/vote': [['visitor', `/live/${s.sessionId}/vote?lang=zh-CN`]],
    '/organize/programs/:id(\\d+)/winners': [['organizer', `/organize/programs/${s.programId}/winners`]],
    '/investor': [['investor', '/investor']],
    '/investor/programs/:programId(\\d+)': [['investor', `/investor/programs/${m.programId}`]],
    '/investor/projects/:entryId(\\d+)': [['investor', `/investor/projects/${m.entryId}`]],
    '/organize/programs/:id(\\d+)/matchmaking': [['organizer', `/organize/programs/${m.programId}/matchmaking`]],
    '/programs/:slug/winners': [['visitor', `/programs/${s.slug}/winners`]],
    '/events/:slug/schedule': [['visitor', `/events/${s.slug}/schedule`]],
    '/programs/:slug/showcase': [['visitor', `/programs/${s.slug}/showcase`]],
    '/programs/:slug/showcase/:entryId(\\d+)': [['visitor', `/programs/${s.slug}/showcase/1`]],
    '/programs/:slug/winners/method': [['visitor', `/programs/${s.slug}/winners/method`]],
    '/certificates/:code?': [
      ['visitor', '/certificates'],
      ['visitor', `/certificates/${s.certificateCode ?? 'NOPE'}`],
    ],
    '/admin/users': [['admin', '/admin/users']],
    '/forbidden': [['visitor', '/forbidden']],
    '/:pathMatch(.*)*': [['visitor', '/no/such/page']],
  }
}

/** The paths the router declares, read from its source so this list cannot fall behind it. */
function routerPaths(): string[] {
  const source = readFileSync(new URL('../src/router/index.ts', import.meta.url), 'utf8')
  return [...source.matchAll(/^\s*path: '([^']+)'/gm)].map((m) => m[1]!.replace(/\\\\/g, '\\'))
}

/** A signed-in page that records every CSP violation it sees, on every document it loads. */
async function watched(browser: Browser, baseURL: string | undefined, email: string | null, password?: string) {
  const page = await newPage(browser, baseURL, DESKTOP)
  const violations: string[] = []
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] }
      ;(w.__csp ??= []).push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`)
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error' && /content security policy/i.test(message.text())) violations.push(message.text())
  })
  if (email) await signInAnywhere(page, email, password)
  return { page, violations }
}

async function collect(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
}

test('no route of the app reports a Content-Security-Policy violation', async ({ browser, baseURL, request }) => {
  test.setTimeout(150_000)
  const s = await stage(request, Date.now())
  const investor = await token(request, INVESTOR)
  const programId = (await api<{ items: { programId: number }[] }>(request, investor, 'GET', '/api/investor/programs'))
    .items[0]!.programId
  const projects = await api<{ items: { entryId: number }[] }>(
    request,
    investor,
    'GET',
    `/api/investor/programs/${programId}/projects`,
  )
  const table = visits(s, { programId, entryId: projects.items[0]!.entryId })
  expect(
    routerPaths().filter((p) => !(p in table)),
    'routes without a visit',
  ).toEqual([])

  const people = {
    visitor: await watched(browser, baseURL, null),
    applicant: await watched(browser, baseURL, s.applicantEmail, PASSWORD),
    organizer: await watched(browser, baseURL, ORGANIZER),
    judge: await watched(browser, baseURL, s.judgeEmail || JUDGES[0]),
    admin: await watched(browser, baseURL, 'admin@demo.laurel.dev'),
    investor: await watched(browser, baseURL, INVESTOR),
  }
  // The watcher itself works: a style element injected by hand is blocked and reported.
  const probe = people.visitor.page
  await probe.goto('/')
  await probe.evaluate(() => {
    const style = document.createElement('style')
    style.textContent = 'body { outline: 1px solid red }'
    document.head.append(style)
  })
  await expect.poll(() => collect(probe)).toContainEqual(expect.stringContaining('style-src'))
  await expect.poll(() => people.visitor.violations.length).toBeGreaterThan(0) // and Chromium's console says so
  people.visitor.violations.splice(0)

  const seen: string[] = []
  for (const [route, list] of Object.entries(table)) {
    for (const [role, path] of list) {
      const { page, violations } = people[role]
      await page.goto(path)
      await expect(page.locator('h1').first(), `${path} rendered`).toBeVisible()
      // Charts draw their tooltips on hover: show one where there is a chart.
      const chart = page.locator('canvas').first()
      if (await chart.isVisible().catch(() => false)) {
        await chart.hover()
        await page.waitForTimeout(300)
      }
      await page.waitForTimeout(300) // the rest of the page's data
      for (const v of [...(await collect(page)), ...violations.splice(0)]) seen.push(`${route} (${path}): ${v}`)
    }
  }
  // Swagger UI runs under its own, scoped policy.
  const docs = people.visitor
  await docs.page.goto('/swagger-ui/index.html')
  await expect(docs.page.getByText('/api/auth/login').first()).toBeVisible({ timeout: 20_000 })
  for (const v of [...(await collect(docs.page)), ...docs.violations.splice(0)]) seen.push(`swagger-ui: ${v}`)

  expect(seen).toEqual([])
})
