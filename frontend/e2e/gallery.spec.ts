import { test, expect, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { shots, PASSWORD, api, token } from './support'

// Screenshots of the main pages for people to look at, not assertions about pixels: every page
// at a 1440 px desktop in English and a 390 px phone in Chinese (the longer words where space is
// shortest), on the demo season; E2E_GALLERY_ALL=1 takes both languages at both widths. The
// overflow sweep already checks every page at three widths in English. They
// land in frontend/target/screenshots/gallery/ (kept by CI with the other screenshots). The one
// thing asserted is what a reader would notice first: the page rendered its heading and nothing
// is wider than the window.

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const
const LANGUAGES = ['en', 'zh-CN'] as const

interface Shot {
  name: string
  path: string
  as?: string
}

interface Program {
  id: number
  slug: string
  title: string
}

async function demoPaths(request: APIRequestContext): Promise<Shot[]> {
  const organizer = await token(request, 'organizer@demo.laurel.dev')
  const programs = await api<{ items: Program[] }>(request, organizer, 'GET', '/api/programs?size=50')
  const bySlug = (part: string) => programs.items.find((p) => p.slug.includes(part))
  const open = bySlug('frontier')
  const roadshow = bySlug('roadshow')
  const past = bySlug('developer')
  expect(open && roadshow && past, 'the demo season has its three programs').toBeTruthy()
  const rounds = await api<{ id: number; mode: string }[] | { items: { id: number; mode: string }[] }>(
    request,
    organizer,
    'GET',
    `/api/programs/${roadshow!.id}/rounds`,
  )
  const roundList = Array.isArray(rounds) ? rounds : rounds.items
  const pastRounds = await api<{ id: number }[] | { items: { id: number }[] }>(
    request,
    organizer,
    'GET',
    `/api/programs/${past!.id}/rounds`,
  )
  const pastList = Array.isArray(pastRounds) ? pastRounds : pastRounds.items
  const applicant = await token(request, 'applicant@demo.laurel.dev')
  const mine = await api<{ id: number }[] | { items: { id: number }[] }>(request, applicant, 'GET', '/api/entries/mine')
  const mineList = Array.isArray(mine) ? mine : mine.items
  const investor = await token(request, 'investor@demo.laurel.dev')
  const market = (await api<{ items: { programId: number }[] }>(request, investor, 'GET', '/api/investor/programs'))
    .items[0]!.programId

  const shots: Shot[] = [
    { name: 'home', path: '/' },
    { name: 'programs', path: '/programs' },
    { name: 'program-public', path: `/programs/${open!.slug}` },
    { name: 'winners-public', path: `/programs/${past!.slug}/winners` },
    { name: 'login', path: '/login' },
    { name: 'forgot-password', path: '/forgot-password' },
    { name: 'account', path: '/account', as: 'judge@jury.laurel.dev' },
    { name: 'applicant-workspace', path: '/workspace', as: 'applicant@demo.laurel.dev' },
    { name: 'applicant-entries', path: '/my/entries', as: 'applicant@demo.laurel.dev' },
    { name: 'notifications', path: '/notifications', as: 'applicant@demo.laurel.dev' },
    { name: 'organizer-home', path: '/organize', as: 'organizer@demo.laurel.dev' },
    { name: 'program-editor', path: `/organize/programs/${open!.id}/edit`, as: 'organizer@demo.laurel.dev' },
    { name: 'screening', path: `/organize/programs/${roadshow!.id}/entries`, as: 'organizer@demo.laurel.dev' },
    { name: 'rounds', path: `/organize/programs/${roadshow!.id}/rounds`, as: 'organizer@demo.laurel.dev' },
    { name: 'winners-organizer', path: `/organize/programs/${past!.id}/winners`, as: 'organizer@demo.laurel.dev' },
    { name: 'judge-queue', path: '/judging', as: 'judge@jury.laurel.dev' },
    { name: 'admin-users', path: '/admin/users', as: 'admin@demo.laurel.dev' },
    { name: 'investor-home', path: '/investor', as: 'investor@demo.laurel.dev' },
    { name: 'investor-finalists', path: `/investor/programs/${market}`, as: 'investor@demo.laurel.dev' },
    {
      name: 'matchmaking-board',
      path: `/organize/programs/${market}/matchmaking`,
      as: 'organizer@demo.laurel.dev',
    },
  ]
  if (mineList[0]) {
    shots.push({ name: 'entry-detail', path: `/my/entries/${mineList[0].id}`, as: 'applicant@demo.laurel.dev' })
  }
  for (const round of [...roundList, ...pastList].slice(0, 2)) {
    shots.push({ name: `round-${round.id}`, path: `/organize/rounds/${round.id}`, as: 'organizer@demo.laurel.dev' })
  }
  return shots
}

async function sessionFor(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { username: email, password: PASSWORD } })
  expect(response.ok(), `sign-in of ${email}`).toBeTruthy()
  const body = (await response.json()) as { access_token: string; refresh_token: string; roles: string[] }
  return JSON.stringify({
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    user: null,
    roles: body.roles,
  })
}

type Width = (typeof WIDTHS)[number]
type Language = (typeof LANGUAGES)[number]

/** A page per person (null: a visitor) for one width and language, reused: its cache keeps the app's scripts. */
async function pageFor(browser: Browser, baseURL: string, session: string | null, width: Width, language: Language) {
  const context = await browser.newContext({
    baseURL,
    locale: language === 'en' ? 'en-US' : 'zh-CN',
    viewport: width.viewport,
    isMobile: width.isMobile,
    hasTouch: width.isMobile,
  })
  // The session only once: tokens the app renews between pictures must stay.
  await context.addInitScript(
    ([stored, lang]) => {
      localStorage.setItem('laurel.locale', lang as string)
      if (stored && !localStorage.getItem('laurel.auth')) localStorage.setItem('laurel.auth', stored as string)
    },
    [session, language],
  )
  return context.newPage()
}

async function capture(page: Page, shot: Shot, width: Width, language: Language) {
  await page.goto(shot.path)
  await expect(page.locator('h1').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  // Let charts and transitions settle before the picture.
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${shots}gallery/${shot.name}-${width.name}-${language}.png`, fullPage: true })
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(
    overflow,
    `${shot.path} at ${width.viewport.width} px in ${language} is wider than the window`,
  ).toBeLessThanOrEqual(1)
}

// One test per width and language so each has its own time budget: the whole gallery takes
// minutes on a loaded 2-core machine, and a single test timing out lost every picture after it.
const TAKEN = (w: Width, l: Language) =>
  Boolean(process.env.E2E_GALLERY_ALL) || (w.name === 'desktop' ? l === 'en' : l === 'zh-CN')

for (const width of WIDTHS) {
  for (const language of LANGUAGES.filter((l) => TAKEN(width, l))) {
    test(`the main pages at ${width.name} width in ${language}`, async ({ browser, request, baseURL }) => {
      test.setTimeout(300_000)
      const list = await demoPaths(request)
      const pages = new Map<string, Page>()
      for (const shot of list) {
        const who = shot.as ?? ''
        if (!pages.has(who)) {
          const session = shot.as ? await sessionFor(request, shot.as) : null
          pages.set(who, await pageFor(browser, baseURL!, session, width, language))
        }
        await capture(pages.get(who)!, shot, width, language)
      }
      for (const page of pages.values()) await page.context().close()
    })
  }
}
