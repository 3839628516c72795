import { expect, test, type APIRequestContext } from '@playwright/test'
import { shots, newPage, signIn, token, api, PHONE } from './support'

// Demo logins documented in the README (demo mode is on for the e2e server).
const APPLICANT_PASSWORD = 'a long enough password'

// ---- setting the stage through the API -------------------------------------------------------

interface Stage {
  program: { id: number; slug: string; title: string }
  applicantEmail: string
  entryIds: Record<string, number>
}

/**
 * A fresh competition with two prize tiers and one finalized (final) round judged by two demo
 * judges, so the journey never depends on what earlier runs left in the demo database.
 */
async function stage(
  request: APIRequestContext,
  stamp: number,
  marks: Record<string, [number, number]>,
): Promise<Stage> {
  const organizer = await token(request, 'organizer@demo.laurel.dev')
  const now = Date.now()
  const program = await api<{ id: number; slug: string; title: string; categories: { id: number }[] }>(
    request,
    organizer,
    'POST',
    '/api/programs',
    {
      kind: 'COMPETITION',
      title: `E2E Winners Cup ${stamp}`,
      description: 'A competition the winners journey sets up for itself.',
      timeZone: 'UTC',
      submissionOpensAt: new Date(now - 60 * 60 * 1000).toISOString(),
      submissionClosesAt: new Date(now + 3 * 24 * 60 * 60 * 1000).toISOString(),
      categories: [{ name: 'Main track' }],
      formFields: [],
      prizeTiers: [
        { name: 'Gold', rank: 1, count: 1 },
        { name: 'Silver', rank: 2, count: 1 },
      ],
    },
  )
  await api(request, organizer, 'POST', `/api/programs/${program.id}/publish`)

  const applicantEmail = `winner-${stamp}@e2e.laurel.dev`
  const register = await request.post('/api/auth/register', {
    data: { email: applicantEmail, password: APPLICANT_PASSWORD, displayName: `Team ${stamp}` },
  })
  expect(register.ok(), 'applicant registration').toBeTruthy()
  const applicant = await token(request, applicantEmail, APPLICANT_PASSWORD)
  const entryIds: Record<string, number> = {}
  for (const title of Object.keys(marks)) {
    const entry = await api<{ id: number }>(request, applicant, 'POST', `/api/programs/${program.id}/entries`, {
      title,
      categoryId: program.categories[0]!.id,
      summary: `${title}: what it is and why it matters.`,
      organization: 'Sunny Labs',
    })
    await api(request, applicant, 'POST', `/api/entries/${entry.id}/submit`)
    entryIds[title] = entry.id
  }
  await api(request, organizer, 'POST', `/api/programs/${program.id}/entries/eligibility`, {
    entryIds: Object.values(entryIds),
    eligible: true,
  })

  // One blind online round, the program's last: its finalized ranking proposes the winners.
  const round = await api<{ id: number; criteria: { id: number; name: string }[] }>(
    request,
    organizer,
    'POST',
    `/api/programs/${program.id}/rounds`,
    {
      name: `Final review ${stamp}`,
      mode: 'ONLINE',
      criteria: [
        { name: 'Innovation', weight: 2, min: 0, max: 10, step: 1 },
        { name: 'Feasibility', weight: 1, min: 0, max: 10, step: 1 },
      ],
      aggregation: 'MEAN',
      blind: true,
      judgesPerEntry: 2,
    },
  )
  const judges = ['judge@jury.laurel.dev', 'judge2@jury.laurel.dev']
  const judgeIds: number[] = []
  for (const email of judges)
    judgeIds.push((await api<{ id: number }>(request, await token(request, email), 'GET', '/api/me')).id)
  await api(request, organizer, 'PUT', `/api/rounds/${round.id}/panel`, { judgeIds })
  await api(request, organizer, 'POST', `/api/rounds/${round.id}/assignments/auto`)
  await api(request, organizer, 'POST', `/api/rounds/${round.id}/open`, {})

  const [innovation, feasibility] = round.criteria
  for (const email of judges) {
    const judge = await token(request, email)
    const queue = await api<{ items: { roundId: number; entryId: number; entryTitle: string }[] }>(
      request,
      judge,
      'GET',
      '/api/judging/queue',
    )
    const mine = queue.items.filter((item) => item.roundId === round.id)
    expect(mine, `${email} is assigned every entry`).toHaveLength(Object.keys(marks).length)
    for (const item of mine) {
      const [i, f] = marks[item.entryTitle]!
      await api(request, judge, 'PUT', `/api/rounds/${round.id}/entries/${item.entryId}/scorecard`, {
        scores: { [innovation!.id]: i, [feasibility!.id]: f },
        comment: 'Private note for the organizers.',
        feedback: `${item.entryTitle}: thoughtful work, keep going.`,
        submit: true,
      })
    }
  }
  await api(request, organizer, 'POST', `/api/rounds/${round.id}/close`)
  await api(request, organizer, 'POST', `/api/rounds/${round.id}/finalize`)
  // Winners are announced once the call has closed (the server refuses earlier): close it now.
  const view = await api<Record<string, unknown>>(request, organizer, 'GET', `/api/programs/${program.id}`)
  await api(request, organizer, 'PUT', `/api/programs/${program.id}`, {
    ...view,
    submissionClosesAt: new Date(Date.now() - 1000).toISOString(),
  })
  return { program, applicantEmail, entryIds }
}

// ---- the journey -----------------------------------------------------------------------------

test('winners: proposed, published, seen by the applicant and the public, then corrected', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(240_000)
  const stamp = Date.now()
  const alpha = `Alpha grid ${stamp}`
  const beta = `Beta bikes ${stamp}`
  const gamma = `Gamma gardens ${stamp}`
  const { program, applicantEmail, entryIds } = await stage(request, stamp, {
    [alpha]: [9, 8],
    // Beta and Gamma tie for Silver's single place.
    [beta]: [7, 7],
    [gamma]: [7, 7],
  })

  // ---- the organizer confirms the proposal and publishes ----
  const organizer = await newPage(browser, baseURL)
  await signIn(organizer, 'organizer@demo.laurel.dev')
  await organizer.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Organize' }).click()
  await organizer
    .getByRole('listitem')
    .filter({ hasText: program.title })
    .getByRole('link', { name: 'Winners', exact: true })
    .click()
  await expect(organizer.getByRole('heading', { level: 1, name: 'Winners' })).toBeVisible()
  await expect(organizer.getByRole('heading', { name: 'Winners by prize tier' })).toBeVisible()

  const gold = organizer.getByRole('region', { name: 'Gold', exact: true })
  const silver = organizer.getByRole('region', { name: 'Silver', exact: true })
  await expect(gold.getByRole('list', { name: 'Proposed for Gold' }).getByText(alpha)).toBeVisible()
  await expect(silver.getByRole('list', { name: 'Proposed for Silver' }).getByText(beta)).toBeVisible()
  await expect(gold.getByText('As ranked')).toBeVisible()
  await expect(silver.getByText('Tie at the last place (rank 2)')).toBeVisible()
  const tied = silver.getByRole('list', { name: 'Tied entries' })
  await expect(tied.getByText(beta)).toBeVisible()
  await expect(tied.getByText(gamma)).toBeVisible()
  await expect(organizer.getByTestId('winners-matches')).toBeVisible()
  await expect(organizer.getByTestId('winners-status')).toHaveText('Not published yet')
  // Which prizes hang on a single judge is stated before publishing, whatever it finds.
  await expect(organizer.getByRole('region', { name: 'Prizes that hang on one judge' })).toBeVisible()

  await organizer.getByText('Publish scores and ranks', { exact: true }).click()
  await organizer.getByText('Release the judges’ feedback to applicants', { exact: true }).click()
  await organizer.getByRole('button', { name: 'Publish winners' }).click()
  const confirm = organizer.getByRole('dialog', { name: 'Publish the winners?' })
  await expect(confirm.getByText('Scores and ranks are published')).toBeVisible()
  await confirm.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(organizer.getByText('Winners published.')).toBeVisible()
  await expect(organizer.getByTestId('winners-status')).toHaveText('Published, version 1')
  const history = organizer.getByRole('list', { name: 'Published versions' })
  await expect(history.locator('[data-version="1"]')).toContainText('Current')
  await expect(history.getByTestId('announcement-sha256')).toHaveText(/^[0-9a-f]{8}…[0-9a-f]{5}$/)

  await organizer.getByRole('button', { name: 'Verify audit trail' }).click()
  await expect(organizer.getByTestId('audit-verdict')).toContainText('The audit trail is intact.')
  await expect(
    organizer.getByRole('list', { name: 'Audit trail' }).getByText('Winners published').first(),
  ).toBeVisible()
  await organizer.evaluate(() => window.scrollTo(0, 0))
  await organizer.screenshot({ path: shots + 'winners-organizer.png', fullPage: true })

  // ---- the applicant sees the award, the certificate and the feedback ----
  const applicant = await newPage(browser, baseURL)
  await signIn(applicant, applicantEmail, APPLICANT_PASSWORD)
  await applicant.goto('/my/entries')
  const alphaItem = applicant.getByRole('listitem').filter({ hasText: alpha })
  await expect(alphaItem.getByTestId('entry-award')).toHaveText('Gold')
  await alphaItem.getByRole('link', { name: alpha }).click()
  await expect(applicant.getByRole('heading', { level: 2, name: 'Your entry won Gold' })).toBeVisible()
  const certificate = applicant.getByRole('link', { name: 'Download certificate (PDF)' })
  await expect(certificate).toHaveAttribute('href', /^\/api\/certificates\/[A-Z0-9-]+$/)
  const pdf = await request.get((await certificate.getAttribute('href'))!)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toContain('application/pdf')
  await expect(applicant.getByRole('list', { name: /^Final review/ }).getByText('Judge 1')).toBeVisible()
  await expect(applicant.getByText(`${alpha}: thoughtful work, keep going.`).first()).toBeVisible()
  await expect(applicant.getByText('Private note for the organizers.')).toHaveCount(0)
  await applicant.screenshot({ path: shots + 'entry-outcome.png', fullPage: true })

  // Beta's certificate, to check once a correction has taken Silver away from it.
  const betaToken = await token(request, applicantEmail, APPLICANT_PASSWORD)
  const betaOutcome = await api<{ tier: string; certificateCode: string }>(
    request,
    betaToken,
    'GET',
    `/api/entries/${entryIds[beta]}/outcome`,
  )
  expect(betaOutcome.tier).toBe('Silver')

  // ---- the public winners page, linked from the program page ----
  const visitor = await newPage(browser, baseURL)
  await visitor.goto(`/programs/${program.slug}`)
  await visitor.getByRole('link', { name: 'See the winners' }).click()
  await expect(visitor.getByRole('heading', { level: 1, name: program.title })).toBeVisible()
  const publicGold = visitor.getByRole('region', { name: 'Gold', exact: true })
  await expect(publicGold.getByRole('heading', { name: alpha })).toBeVisible()
  await expect(publicGold.getByText('Sunny Labs')).toBeVisible()
  await expect(publicGold.getByText('Score')).toBeVisible()
  await expect(visitor.getByTestId('correction-notice')).toHaveCount(0)

  // ---- a correction: Silver goes to Gamma, with a reason and a public note ----
  await organizer.reload()
  await expect(organizer.getByRole('button', { name: 'Publish correction (v2)' })).toBeVisible()
  await silver.getByRole('button', { name: `Remove ${beta} from Silver` }).click()
  await silver.getByLabel('Add a winner to Silver').click()
  await organizer.getByRole('option', { name: new RegExp(gamma) }).click()
  await expect(silver.getByText('Changed', { exact: true })).toBeVisible()
  await expect(silver.getByRole('list', { name: 'Winners of Silver' }).getByText('From the tie')).toBeVisible()
  await expect(organizer.getByTestId('winners-departure')).toBeVisible()
  await organizer.getByRole('button', { name: 'Publish correction (v2)' }).click()
  await expect(organizer.getByText('Please say why the winners depart from the ranking.')).toBeVisible()
  await organizer
    .getByLabel('Reason for departing from the ranking')
    .fill('Beta bikes withdrew from the prize after the ceremony.')
  await expect(organizer.getByText('Please say why the winners depart from the ranking.')).toHaveCount(0)
  await organizer.waitForTimeout(300) // the field's error outline fades after a short debounce
  await silver.scrollIntoViewIfNeeded()
  await organizer.screenshot({ path: shots + 'winners-organizer-correction.png' })
  await organizer.getByRole('button', { name: 'Publish correction (v2)' }).click()
  const correction = organizer.getByRole('dialog', { name: 'Publish version 2?' })
  await correction.getByRole('button', { name: 'Publish version 2' }).click()
  await expect(correction.getByText('Please say what this correction changes.')).toBeVisible()
  await correction.getByLabel('Correction note (public)').fill('Silver now goes to Gamma gardens: Beta bikes withdrew.')
  await correction.getByRole('button', { name: 'Publish version 2' }).click()
  await expect(organizer.getByText('Correction published as version 2.')).toBeVisible()
  await expect(history.locator('[data-version="2"]')).toContainText('Correction')
  await expect(history.locator('[data-version="2"]')).toContainText('Silver now goes to Gamma gardens')

  // The public page says so, and keeps version 1 reachable.
  await visitor.reload()
  await expect(visitor.getByTestId('correction-notice')).toContainText(
    'Silver now goes to Gamma gardens: Beta bikes withdrew.',
  )
  await expect(
    visitor.getByRole('region', { name: 'Silver', exact: true }).getByRole('heading', { name: gamma }),
  ).toBeVisible()
  await expect(visitor.getByText('Beta withdrew')).toHaveCount(0)
  await visitor.screenshot({ path: shots + 'winners-public.png', fullPage: true })
  await visitor.getByRole('navigation', { name: 'Versions' }).getByRole('link', { name: 'v1' }).click()
  await expect(visitor.getByTestId('superseded-notice')).toBeVisible()
  await expect(
    visitor.getByRole('region', { name: 'Silver', exact: true }).getByRole('heading', { name: beta }),
  ).toBeVisible()

  // Beta's version-1 certificate now reads as superseded.
  await visitor.goto(`/certificates/${betaOutcome.certificateCode}`)
  await expect(visitor.getByTestId('certificate-result')).toContainText('Superseded by a correction')

  // The same page on a phone.
  const phone = await newPage(browser, baseURL, true)
  await phone.goto(`/programs/${program.slug}/winners`)
  await expect(phone.getByRole('heading', { level: 1, name: program.title })).toBeVisible()
  await phone.screenshot({ path: shots + 'winners-public-phone.png', fullPage: true })
  await phone.context().close()
})

test('the demo contest’s public winners page renders', async ({ page }) => {
  // Last year's contest is named after the year its call closed, 370 days before the demo was seeded.
  const year = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(
    Date.now() - 370 * 24 * 60 * 60 * 1000,
  )
  await page.goto(`/programs/developer-contest-${year}/winners`)
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Developer Contest ${year}`) })).toBeVisible()
  await expect(page.getByRole('region', { name: /^Gold/ }).getByRole('listitem').first()).toBeVisible()
  await expect(page.getByText('Fingerprint (SHA-256)')).toBeVisible()

  // How the scores were made, public: the demo's final round is a mean, its winner worked card by card.
  await page.getByRole('link', { name: 'How the scores were made' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Method statement' })).toBeVisible()
  await expect(page.getByTestId('method-rule')).toHaveText('An entry’s score is the mean of its judges’ totals.')
  await expect(
    page.locator('[data-testid^="method-worked-"]').first().getByText('Matches the frozen snapshot'),
  ).toBeVisible()
  await expect(page.getByText('laurel.jar verify')).toHaveCount(0)
  await page.screenshot({ path: shots + 'method-statement-public.png', fullPage: true })
})

test('the public method statement fits a phone, in English and in Chinese', async ({ browser, baseURL }) => {
  const year = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(
    Date.now() - 370 * 24 * 60 * 60 * 1000,
  )
  for (const [locale, heading] of [
    ['en-US', 'Method statement'],
    ['zh-CN', '评分方法说明'],
  ] as const) {
    const phone = await newPage(browser, baseURL, { ...PHONE, locale })
    await phone.goto(`/programs/developer-contest-${year}/winners/method`)
    await expect(phone.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expect(phone.locator('[data-testid^="method-worked-"]').first()).toBeVisible()
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await phone.screenshot({ path: shots + `method-statement-public-phone-${locale}.png`, fullPage: true })
    await phone.context().close()
  }
})
