import { expect, test, type Page } from '@playwright/test'
import { api, DESKTOP, newPage, token } from './support'
import { ORGANIZER, P, PASSWORD, stage, signInAnywhere } from './payloads'

// Stored markup in every field a person can type, shown on every page that shows it: it must
// read as text, run nothing and create no element. The stage is set through the API so each
// field holds exactly the payload; the pages are then visited as the people who see them.

/** Settles the page, then checks that nothing ran, nothing was injected, and (if asked) the payload reads as text. */
async function expectInert(page: Page, path: string, showsPayload: boolean): Promise<void> {
  await page.goto(path)
  if (showsPayload) {
    await expect(page.locator('body'), `${path} shows the payload as text`).toContainText('<img src=x onerror=__xss=1>')
  } else {
    await expect(page.locator('h1').first(), `${path} rendered`).toBeVisible()
  }
  await page.waitForTimeout(300) // lets the rest of the page's data arrive and render
  const found = await page.evaluate(() => ({
    ran: (window as unknown as { __xss?: unknown }).__xss !== undefined,
    injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], script:not([src])').length,
    scriptLinks: Array.from(document.querySelectorAll('a[href]')).filter((a) =>
      /^\s*(javascript|data|vbscript):/i.test(a.getAttribute('href') ?? ''),
    ).length,
  }))
  expect(found, path).toEqual({ ran: false, injected: 0, scriptLinks: 0 })
}

test('markup typed into any field renders as text and runs nowhere', async ({ browser, baseURL, request }) => {
  test.setTimeout(150_000)
  const s = await stage(request, Date.now())

  const visitor = await newPage(browser, baseURL, DESKTOP)
  await expectInert(visitor, '/programs', true)
  await expectInert(visitor, `/programs/${s.slug}`, true)
  await expectInert(visitor, `/programs/${s.slug}/winners`, true)
  await expectInert(visitor, `/live/${s.sessionId}/screen?lang=en`, true)
  if (s.certificateCode) await expectInert(visitor, `/certificates/${s.certificateCode}`, true)

  const applicant = await newPage(browser, baseURL, DESKTOP)
  await signInAnywhere(applicant, s.applicantEmail, PASSWORD)
  await expectInert(applicant, '/workspace', false)
  await expectInert(applicant, '/my/entries', true)
  await expectInert(applicant, `/my/entries/${s.entryId}`, true)
  await expectInert(applicant, `/my/entries/${s.rejectedId}`, true)
  await expectInert(applicant, '/notifications', true)
  await expectInert(applicant, `/programs/${s.slug}/apply`, true)
  await expectInert(applicant, `/my/entries/${s.draftId}/edit`, false)

  const organizer = await newPage(browser, baseURL, DESKTOP)
  await signInAnywhere(organizer, ORGANIZER)
  await expectInert(organizer, '/organize', true)
  await expectInert(organizer, `/organize/programs/${s.programId}/edit`, false)
  await expectInert(organizer, `/organize/programs/${s.programId}/entries`, true)
  await expectInert(organizer, `/organize/programs/${s.programId}/rounds`, true)
  for (const tab of ['', '?tab=results', '?tab=matrix', '?tab=audit', '?tab=live']) {
    await expectInert(organizer, `/organize/rounds/${s.roundId}${tab}`, true)
  }
  await expectInert(organizer, `/organize/rounds/${s.liveRoundId}?tab=live`, true)
  await expectInert(organizer, `/organize/rounds/${s.roundId}/edit`, false)
  await expectInert(organizer, `/organize/programs/${s.programId}/winners`, true)
  await expectInert(organizer, `/live/${s.sessionId}/host`, true)

  const judge = await newPage(browser, baseURL, DESKTOP)
  await signInAnywhere(judge, s.judgeEmail)
  await expectInert(judge, '/judging', true)
  await expectInert(judge, `/judging/rounds/${s.roundId}/entries/${s.entryId}`, true)
  await expectInert(judge, `/live/${s.sessionId}/judge`, true)

  const admin = await newPage(browser, baseURL, DESKTOP)
  await signInAnywhere(admin, 'admin@demo.laurel.dev')
  await expectInert(admin, `/admin/users?q=${encodeURIComponent(s.applicantEmail)}`, true)

  // Matchmaking: the firm and focus areas an organizer types, an investor's message, a team's place
  // and reply. The applicant is invited as an investor too, and asks their own team (the rules allow it).
  const organizerToken = await token(request, ORGANIZER)
  await api(request, organizerToken, 'POST', `/api/programs/${s.programId}/investors`, {
    email: s.applicantEmail,
    firm: P,
    focusAreas: ['<img src=x onerror=__xss=1>'], // a focus area holds at most 60 characters
  })
  const both = await token(request, s.applicantEmail, PASSWORD) // a fresh token carries the new role
  await api(request, both, 'PUT', `/api/entries/${s.entryId}/investor-share`, {
    shared: true,
    fields: ['SUMMARY', 'TEAM', 'ORGANIZATION'],
    fileIds: [],
  })
  const asked = await api<{ id: number; proposedTimes: string[] }>(
    request,
    both,
    'POST',
    `/api/investor/projects/${s.entryId}/meetings`,
    { proposedTimes: [new Date(Date.now() + 3 * 86_400_000).toISOString()], minutes: 30, message: P },
  )
  await api(request, both, 'POST', `/api/meetings/${asked.id}/accept`, {
    startsAt: asked.proposedTimes[0],
    location: P,
    reply: P,
  })
  const investor = await newPage(browser, baseURL, DESKTOP)
  await signInAnywhere(investor, s.applicantEmail, PASSWORD)
  await expectInert(investor, '/investor', true)
  await expectInert(investor, `/investor/programs/${s.programId}`, true)
  await expectInert(investor, `/investor/projects/${s.entryId}`, true)
  await expectInert(investor, `/my/entries/${s.entryId}`, true)
  await expectInert(organizer, `/organize/programs/${s.programId}/matchmaking`, true)
})
