import { test, expect, type APIRequestContext, type Page } from '@playwright/test'
import { api, newPage, shots, signIn, token } from './support'

// A 600-team contest with 40 judges, seeded through the API, then worked through the organizer's
// pages: screening in bulk by filter, the assignment board, progress and results grouped by
// category. It prints how long each page takes to show its data; the figures are measured, not
// asserted (see deploy/bench/scale-journey.sh and deploy/bench/RESULTS.md). Opt-in with
// E2E_SCALE=1: seeding takes minutes, so it is a benchmark's journey, not part of every test run.

const ENTRIES = Number(process.env.E2E_SCALE_ENTRIES ?? 600)
const JUDGES = Number(process.env.E2E_SCALE_JUDGES ?? 40)
const CATEGORIES = ['AI & data', 'Hardware', 'Green tech', 'Health']

test.skip(!process.env.E2E_SCALE, 'the scale journey runs from deploy/bench/scale-journey.sh (E2E_SCALE=1)')

interface Season {
  programId: number
  roundId: number
  criteria: number[]
  judges: { id: number; email: string }[]
  entryIds: number[]
}

const JUDGE_PASSWORD = 'judging-at-scale-2026'

async function inParallel<T>(items: T[], width: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++
        await work(items[i]!, i)
      }
    }),
  )
}

async function seed(request: APIRequestContext): Promise<Season> {
  const stamp = Date.now()
  const organizer = await token(request, 'organizer@demo.laurel.dev')
  const now = Date.now()
  const program = await api<{ id: number; categories: { id: number }[] }>(request, organizer, 'POST', '/api/programs', {
    kind: 'COMPETITION',
    title: { en: `Developer Contest at scale ${stamp}`, 'zh-CN': `开发者大赛（规模测试）${stamp}` },
    description: 'Six hundred teams, forty judges.',
    timeZone: 'Asia/Shanghai',
    submissionOpensAt: new Date(now - 60 * 60 * 1000).toISOString(),
    submissionClosesAt: new Date(now + 3 * 24 * 60 * 60 * 1000).toISOString(),
    categories: CATEGORIES.map((name) => ({ name })),
    formFields: [],
    prizeTiers: [{ name: 'Gold', rank: 1, count: 4 }],
  })
  await api(request, organizer, 'POST', `/api/programs/${program.id}/publish`)

  const applicantEmail = `scale-${stamp}@teams.e2e.laurel.dev`
  const registered = await request.post('/api/auth/register', {
    data: { email: applicantEmail, password: 'a long enough password', displayName: 'Team captain' },
  })
  expect(registered.ok()).toBeTruthy()
  const applicant = await token(request, applicantEmail, 'a long enough password')
  const entryIds: number[] = new Array(ENTRIES)
  await inParallel([...Array(ENTRIES).keys()], 8, async (i) => {
    const entry = await api<{ id: number }>(request, applicant, 'POST', `/api/programs/${program.id}/entries`, {
      title: `Team ${i + 1}: ${['Vision', 'Robotics', 'Battery', 'Diagnostics'][i % 4]} project`,
      categoryId: program.categories[i % CATEGORIES.length]!.id,
      summary: 'A working prototype and a plan.',
      organization: `University ${i % 200}`,
      team: [{ name: `Member ${i + 1}` }],
      answers: {},
    })
    await api(request, applicant, 'POST', `/api/entries/${entry.id}/submit`)
    entryIds[i] = entry.id
  })

  const admin = await token(request, 'admin@demo.laurel.dev')
  const judges: { id: number; email: string }[] = new Array(JUDGES)
  await inParallel([...Array(JUDGES).keys()], 4, async (i) => {
    // A mail domain and organization of their own each: none is a conflict of interest.
    const email = `judge-${i}-${stamp}@jury${i}.example`
    const user = await api<{ id: number }>(request, admin, 'POST', '/api/admin/users', {
      email,
      password: JUDGE_PASSWORD,
      displayName: `Judge ${i + 1}`,
      organization: `Jury Institute ${i}`,
      roles: ['JUDGE'],
    })
    judges[i] = { id: user.id, email }
  })

  const round = await api<{ id: number; criteria: { id: number }[] }>(
    request,
    organizer,
    'POST',
    `/api/programs/${program.id}/rounds`,
    {
      name: { en: 'Preliminary', 'zh-CN': '初赛' },
      mode: 'ONLINE',
      aggregation: 'MEAN',
      blind: true,
      judgesPerEntry: 3,
      advanceCount: 10,
      criteria: ['Innovation', 'Technology', 'Impact'].map((name) => ({ name, weight: 1, min: 0, max: 10, step: 1 })),
    },
  )
  await api(request, organizer, 'PUT', `/api/rounds/${round.id}/panel`, { judgeIds: judges.map((j) => j.id) })
  return {
    programId: program.id,
    roundId: round.id,
    criteria: round.criteria.map((c) => c.id),
    judges,
    entryIds,
  }
}

/** Every judge scores what they were given, through the API (the pages measured are the organizer's). */
async function scoreEverything(request: APIRequestContext, season: Season): Promise<void> {
  await inParallel(season.judges, 4, async (judge) => {
    const bearer = await token(request, judge.email, JUDGE_PASSWORD)
    const queue = await api<{ items: { roundId: number; entryId: number }[] } | { roundId: number; entryId: number }[]>(
      request,
      bearer,
      'GET',
      '/api/judging/queue?size=200',
    )
    const items = (Array.isArray(queue) ? queue : queue.items).filter((q) => q.roundId === season.roundId)
    for (const item of items) {
      const scores = Object.fromEntries(season.criteria.map((c, k) => [String(c), (item.entryId * (k + 3)) % 11]))
      await api(request, bearer, 'PUT', `/api/rounds/${season.roundId}/entries/${item.entryId}/scorecard`, {
        scores,
        submit: true,
      })
    }
  })
}

/**
 * Milliseconds from the start of a full page load (the browser's navigation start: HTML, scripts,
 * sign-in check, data) until an element matching `selector` is on the page, read in the page
 * itself. A plain CSS check, polled each frame: Playwright's role queries walk the accessibility
 * tree of a 1,000-cell board and would add their own time to the figure.
 */
async function timed(page: Page, path: string, selector: string): Promise<string> {
  const visits: number[] = []
  // The first visit may meet code the server has not yet compiled; the second is the steady state.
  for (let visit = 0; visit < 2; visit++) {
    await page.goto(path)
    const shown = await page.waitForFunction((css) => (document.querySelector(css) ? performance.now() : 0), selector, {
      polling: 'raf',
      timeout: 60_000,
    })
    visits.push(Math.round((await shown.jsonValue()) as number))
  }
  return `${visits[0]} (first visit), ${visits[1]} (again)`
}

test('a 600-team season: screened in bulk, assigned, followed and read grouped, with page times', async ({
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(1_800_000)
  const seedStart = Date.now()
  const season = await seed(request)
  const figures: [string, number | string][] = []
  console.log(`seeded ${ENTRIES} entries and ${JUDGES} judges in ${Math.round((Date.now() - seedStart) / 1000)} s`)

  const organizer = await newPage(browser, baseURL)
  await signIn(organizer, 'organizer@demo.laurel.dev')

  // ---- screening: every submitted entry at once, by filter ----
  figures.push([
    'screening page (600 submitted)',
    await timed(organizer, `/organize/programs/${season.programId}/entries`, '.el-table__body tr'),
  ])
  await expect(organizer.getByRole('row').nth(1)).toBeVisible()
  await organizer
    .getByRole('group', { name: 'Every entry that matches the filter' })
    .getByRole('button', {
      name: 'Mark all matching eligible',
    })
    .click()
  const confirm = organizer.getByRole('dialog', { name: 'Please confirm' })
  await expect(confirm.getByText(`Mark ${ENTRIES} entries eligible?`)).toBeVisible()
  const bulkStart = Date.now()
  await confirm.getByRole('button', { name: 'Yes, go ahead' }).click()
  await expect(
    organizer
      .getByRole('dialog')
      .filter({ hasText: String(ENTRIES) })
      .last(),
  ).toBeVisible({
    timeout: 120_000,
  })
  figures.push(['bulk eligibility of 600 by filter (click to report)', Date.now() - bulkStart])
  await organizer.screenshot({ path: shots + 'scale-screening.png', fullPage: false })

  // ---- assignment: three judges per entry ----
  const organizerToken = await token(request, 'organizer@demo.laurel.dev')
  await api(request, organizerToken, 'POST', `/api/rounds/${season.roundId}/assignments/auto`)
  figures.push([
    'round dashboard, assignments (600 x 40)',
    // A draft round's dashboard lands on its panel and assignments.
    await timed(organizer, `/organize/rounds/${season.roundId}`, '.round-assignment-matrix__table tbody th'),
  ])
  await expect(organizer.getByRole('tab', { name: 'Panel & assignments', selected: true })).toBeVisible()
  await expect(organizer.getByText('Team 1:').first()).toBeVisible()
  await organizer.screenshot({ path: shots + 'scale-assignments.png', fullPage: false })
  await api(request, organizerToken, 'POST', `/api/rounds/${season.roundId}/open`)

  const scoreStart = Date.now()
  await scoreEverything(request, season)
  console.log(`scored ${ENTRIES * 3} scorecards in ${Math.round((Date.now() - scoreStart) / 1000)} s`)

  figures.push([
    'round dashboard, progress',
    // An open round's dashboard lands on its progress.
    await timed(organizer, `/organize/rounds/${season.roundId}`, '.round-progress-panel tbody tr'),
  ])
  await expect(
    organizer.getByRole('tabpanel', { name: 'Progress' }).getByText('Judge 1', { exact: true }).first(),
  ).toBeVisible()
  await organizer.screenshot({ path: shots + 'scale-progress.png', fullPage: false })
  await api(request, organizerToken, 'POST', `/api/rounds/${season.roundId}/close`)

  figures.push([
    'round dashboard, results grouped by category',
    // A closed round's dashboard lands on its results.
    await timed(organizer, `/organize/rounds/${season.roundId}`, '.round-results-panel .el-table__body tr'),
  ])
  await expect(
    organizer.getByRole('tabpanel', { name: 'Results' }).getByRole('heading', { name: /^AI & data/ }),
  ).toBeVisible()
  for (const category of CATEGORIES) {
    await expect(
      organizer.getByRole('heading', { name: new RegExp(`^${category.replace(/[&]/g, '\\$&')}`) }),
    ).toBeVisible()
  }
  await organizer.screenshot({ path: shots + 'scale-results.png', fullPage: false })

  console.log('page times (navigation start until its data shows, measured in the page), ms:')
  for (const [name, ms] of figures) console.log(`  ${name}: ${ms}`)
})
