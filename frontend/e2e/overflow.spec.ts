import { test, expect, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { PASSWORD, api, token } from './support'

// Long unbroken words must never widen a page: an entry title, a team member, an attachment, a
// program title, a category and a judge's name of 80+ characters without a space, seeded through
// the API, and every route of the router visited at a phone, a tablet and a desktop width. The
// one assertion: nothing is wider than the window.

const WIDTHS = [
  { width: 390, height: 844, isMobile: true },
  { width: 768, height: 1024, isMobile: true },
  { width: 1440, height: 900, isMobile: false },
] as const

const ORGANIZER = 'organizer@demo.laurel.dev'
const ADMIN = 'admin@demo.laurel.dev'
const INVESTOR = 'investor@demo.laurel.dev'

/** A word of {@code length} characters without a space (or any other break opportunity). */
function word(prefix: string, length = 96): string {
  return (prefix + 'Unbreakable'.repeat(12)).slice(0, length)
}

interface Seed {
  programId: number
  slug: string
  entryId: number
  roundId: number
  sessionId: number | null
  applicant: { email: string; password: string }
  judge: { email: string; password: string }
}

interface Visit {
  path: string
  as?: 'applicant' | 'organizer' | 'judge' | 'admin' | 'investor'
}

async function seed(request: APIRequestContext): Promise<Seed> {
  const stamp = Date.now()
  const organizer = await token(request, ORGANIZER)
  const now = Date.now()
  const program = await api<{ id: number; slug: string; categories: { id: number }[] }>(
    request,
    organizer,
    'POST',
    '/api/programs',
    {
      kind: 'COMPETITION',
      title: word(`Program${stamp}`),
      description: `${word('Description')} in a description that also has ordinary words.`,
      timeZone: 'UTC',
      submissionOpensAt: new Date(now - 60 * 60 * 1000).toISOString(),
      submissionClosesAt: new Date(now + 3 * 24 * 60 * 60 * 1000).toISOString(),
      categories: [{ name: word('Category', 84) }, { name: 'Short track' }],
      formFields: [{ key: 'deck', label: word('FieldLabel', 84), type: 'FILE', required: false }],
      prizeTiers: [{ name: word('Prize', 84), rank: 1, count: 1 }],
    },
  )
  await api(request, organizer, 'POST', `/api/programs/${program.id}/publish`)

  const applicant = { email: `overflow-${stamp}@e2e.laurel.dev`, password: 'a long enough password' }
  const registered = await request.post('/api/auth/register', {
    data: { ...applicant, displayName: word('Applicant', 84), organization: word('Organization', 84) },
  })
  expect(registered.ok(), 'applicant registration').toBeTruthy()
  const applicantToken = await token(request, applicant.email, applicant.password)
  const entry = await api<{ id: number }>(request, applicantToken, 'POST', `/api/programs/${program.id}/entries`, {
    title: word(`Entry${stamp}`),
    categoryId: program.categories[0]!.id,
    summary: `${word('Summary')} and then some words.`,
    organization: word('Organization', 84),
    team: [{ name: word('Member', 88), email: `member-${stamp}@e2e.laurel.dev`, role: word('Role', 84) }],
    answers: {},
  })
  const upload = await request.post(`/api/entries/${entry.id}/attachments`, {
    headers: { Authorization: `Bearer ${applicantToken}` },
    multipart: {
      fieldKey: 'deck',
      file: {
        name: `${word('Attachment', 90)}.pdf`,
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
      },
    },
  })
  expect(upload.status(), `attachment upload: ${await upload.text()}`).toBe(201)
  await api(request, applicantToken, 'POST', `/api/entries/${entry.id}/submit`)
  await api(request, organizer, 'POST', `/api/programs/${program.id}/entries/eligibility`, {
    entryIds: [entry.id],
    eligible: true,
  })

  // Another mail domain than the applicant's: the same one would be a detected conflict of interest.
  const judge = { email: `overflow-judge-${stamp}@jury-overflow.example`, password: PASSWORD + '-judge' }
  const admin = await token(request, ADMIN)
  const judgeUser = await api<{ id: number }>(request, admin, 'POST', '/api/admin/users', {
    ...judge,
    displayName: word('Judge', 88),
    organization: word('JudgeOrganization', 84),
    roles: ['JUDGE'],
  })

  const round = await api<{ id: number; criteria: { id: number }[] }>(
    request,
    organizer,
    'POST',
    `/api/programs/${program.id}/rounds`,
    {
      name: word('Round', 84),
      mode: 'ONLINE',
      aggregation: 'MEAN',
      blind: false,
      judgesPerEntry: 1,
      advanceCount: 1,
      criteria: [{ name: word('Criterion', 84), weight: 1, min: 0, max: 10, step: 1 }],
    },
  )
  await api(request, organizer, 'PUT', `/api/rounds/${round.id}/panel`, { judgeIds: [judgeUser.id] })
  await api(request, organizer, 'POST', `/api/rounds/${round.id}/assignments/auto`)
  await api(request, organizer, 'POST', `/api/rounds/${round.id}/open`)
  const judgeToken = await token(request, judge.email, judge.password)
  await api(request, judgeToken, 'PUT', `/api/rounds/${round.id}/entries/${entry.id}/scorecard`, {
    scores: { [String(round.criteria[0]!.id)]: 7 },
    comment: word('Comment'),
    feedback: word('Feedback'),
    submit: true,
  })

  return {
    programId: program.id,
    slug: program.slug,
    entryId: entry.id,
    roundId: round.id,
    sessionId: await demoLiveSession(request, organizer),
    applicant,
    judge,
  }
}

/** The demo roadshow's live session, for the host, tablet and big-screen routes (null if none). */
async function demoLiveSession(request: APIRequestContext, organizer: string): Promise<number | null> {
  const programs = await api<{ items: { id: number; slug: string; canEdit: boolean }[] }>(
    request,
    organizer,
    'GET',
    '/api/programs?size=50',
  )
  // Other journeys' organizers publish programs too: only the demo organizer's own have rounds to read.
  for (const program of programs.items.filter((p) => p.canEdit)) {
    const rounds = await api<{ id: number; mode: string }[] | { items: { id: number; mode: string }[] }>(
      request,
      organizer,
      'GET',
      `/api/programs/${program.id}/rounds`,
    )
    for (const round of (Array.isArray(rounds) ? rounds : rounds.items).filter((r) => r.mode === 'LIVE')) {
      const response = await request.get(`/api/rounds/${round.id}/live`, {
        headers: { Authorization: `Bearer ${organizer}` },
      })
      if (!response.ok()) continue
      const host = (await response.json()) as { state?: { sessionId?: number }; sessionId?: number }
      const id = host.state?.sessionId ?? host.sessionId
      if (id) return id
    }
  }
  return null
}

/** The demo investor's program and one project it may open. */
interface Market {
  programId: number
  entryId: number
}

/** Every route of the router, with the person who may see it. */
function visits(s: Seed, m: Market): Visit[] {
  const round = `/organize/rounds/${s.roundId}`
  const list: Visit[] = [
    { path: '/' },
    { path: '/login' },
    { path: '/register' },
    { path: '/forgot-password' },
    { path: '/reset-password?token=not-a-real-token' },
    { path: '/programs' },
    { path: `/programs/${s.slug}` },
    { path: `/programs/${s.slug}/winners` },
    { path: '/certificates' },
    { path: '/certificates/NOT-A-CODE' },
    { path: '/forbidden' },
    { path: '/no/such/page' },
    { path: '/account', as: 'applicant' },
    { path: '/workspace', as: 'applicant' },
    { path: '/notifications', as: 'applicant' },
    { path: `/programs/${s.slug}/apply`, as: 'applicant' },
    { path: '/my/entries', as: 'applicant' },
    { path: `/my/entries/${s.entryId}`, as: 'applicant' },
    { path: `/entries/${s.entryId}`, as: 'applicant' },
    { path: `/my/entries/${s.entryId}/edit`, as: 'applicant' },
    { path: '/workspace', as: 'organizer' },
    { path: '/organize', as: 'organizer' },
    { path: '/organize/programs/new', as: 'organizer' },
    { path: `/organize/programs/${s.programId}/edit`, as: 'organizer' },
    { path: `/organize/programs/${s.programId}/entries`, as: 'organizer' },
    { path: `/organize/programs/${s.programId}/rounds`, as: 'organizer' },
    { path: `/organize/programs/${s.programId}/participation`, as: 'organizer' },
    { path: `/organize/rounds/new?program=${s.programId}`, as: 'organizer' },
    { path: `${round}/edit`, as: 'organizer' },
    { path: round, as: 'organizer' },
    { path: `${round}?tab=progress`, as: 'organizer' },
    { path: `${round}?tab=results`, as: 'organizer' },
    { path: `${round}?tab=charts`, as: 'organizer' },
    { path: `${round}?tab=audit`, as: 'organizer' },
    { path: `/organize/programs/${s.programId}/winners`, as: 'organizer' },
    { path: '/judging', as: 'judge' },
    { path: `/judging/rounds/${s.roundId}/entries/${s.entryId}`, as: 'judge' },
    { path: '/admin/users', as: 'admin' },
    { path: '/workspace', as: 'investor' },
    { path: '/investor', as: 'investor' },
    { path: `/investor/programs/${m.programId}`, as: 'investor' },
    { path: `/investor/projects/${m.entryId}`, as: 'investor' },
    { path: `/organize/programs/${m.programId}/matchmaking`, as: 'organizer' },
  ]
  if (s.sessionId !== null) {
    list.push(
      { path: `/live/${s.sessionId}/screen` },
      { path: `/live/${s.sessionId}/vote` },
      { path: `/live/${s.sessionId}/host`, as: 'organizer' },
      { path: `/live/${s.sessionId}/judge`, as: 'judge' },
    )
  }
  return list
}

async function sessionFor(request: APIRequestContext, email: string, password: string): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { username: email, password } })
  expect(response.ok(), `sign-in of ${email}`).toBeTruthy()
  const body = (await response.json()) as { access_token: string; refresh_token: string; roles: string[] }
  return JSON.stringify({
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    user: null,
    roles: body.roles,
  })
}

/**
 * One browser page per person and width, reused from visit to visit: its cache keeps the app's
 * scripts, so each visit costs the page's own work, not a fresh download of the whole app.
 */
async function pageFor(
  browser: Browser,
  baseURL: string,
  viewport: (typeof WIDTHS)[number],
  session: string | null,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-US',
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: viewport.isMobile,
    hasTouch: viewport.isMobile,
  })
  // Only once: the app may renew its tokens between visits, and the renewed ones must stay.
  await context.addInitScript((stored) => {
    localStorage.setItem('laurel.locale', 'en')
    if (stored && !localStorage.getItem('laurel.auth')) localStorage.setItem('laurel.auth', stored)
  }, session)
  return { page: await context.newPage(), close: () => context.close() }
}

async function overflowOf(page: Page, visit: Visit): Promise<number> {
  await page.goto(visit.path)
  // Live pages keep an event stream open: "idle" never comes there, so they get a fixed moment.
  if (visit.path.startsWith('/live/')) await page.waitForTimeout(2_000)
  else await page.waitForLoadState('networkidle', { timeout: 8_000 }).catch(() => undefined)
  await page.waitForTimeout(300)
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

let seeded: Promise<Seed> | undefined

for (const viewport of WIDTHS) {
  test(`no page is wider than the window at ${viewport.width} px, whatever the names`, async ({
    browser,
    request,
    baseURL,
  }) => {
    test.setTimeout(300_000)
    seeded ??= seed(request)
    const s = await seeded
    const sessions: Record<NonNullable<Visit['as']>, string> = {
      applicant: await sessionFor(request, s.applicant.email, s.applicant.password),
      organizer: await sessionFor(request, ORGANIZER, PASSWORD),
      judge: await sessionFor(request, s.judge.email, s.judge.password),
      admin: await sessionFor(request, ADMIN, PASSWORD),
      investor: await sessionFor(request, INVESTOR, PASSWORD),
    }
    const investor = JSON.parse(sessions.investor).accessToken as string
    const programId = (
      await api<{ items: { programId: number }[] }>(request, investor, 'GET', '/api/investor/programs')
    ).items[0]!.programId
    const projects = await api<{ items: { entryId: number }[] }>(
      request,
      investor,
      'GET',
      `/api/investor/programs/${programId}/projects`,
    )
    const wider: string[] = []
    // Each person's visits in their own page; three people at a time.
    const byPerson = new Map<Visit['as'], Visit[]>()
    for (const visit of visits(s, { programId, entryId: projects.items[0]!.entryId })) {
      byPerson.set(visit.as, [...(byPerson.get(visit.as) ?? []), visit])
    }
    const queue = [...byPerson]
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [as, list] = next
        const { page, close } = await pageFor(browser, baseURL!, viewport, as ? sessions[as] : null)
        try {
          for (const visit of list) {
            const overflow = await overflowOf(page, visit)
            if (overflow > 1) wider.push(`${visit.path} (${as ?? 'anonymous'}): ${overflow} px too wide`)
          }
        } finally {
          await close()
        }
      }
    }
    await Promise.all([worker(), worker(), worker()])
    wider.sort()
    expect(wider, `pages wider than ${viewport.width} px`).toEqual([])
  })
}
