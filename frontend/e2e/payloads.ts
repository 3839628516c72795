// The stage the browser security specs share: a competition whose every user-typed field holds
// a markup payload, taken through screening, an online round (scores, comments, a conflict), a
// live session and a published announcement, so every page has something hostile to show.
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { PASSWORD as DEMO_PASSWORD, token, api } from './support'

export const MARK = 'XSS'
/** Under 100 characters, the tightest field limit (category and prize tier names, display names). */
export const P = `${MARK}<img src=x onerror=__xss=1>"><svg onload=__xss=1><script>__xss=1</script>`
export const PASSWORD = 'a long enough password'
export const ORGANIZER = 'organizer@demo.laurel.dev'
export const JUDGES = ['judge@jury.laurel.dev', 'judge2@jury.laurel.dev', 'judge3@jury.laurel.dev'] as const

export interface Stage {
  programId: number
  slug: string
  entryId: number
  rejectedId: number
  /** Still a draft, so its edit page opens. */
  draftId: number
  roundId: number
  liveRoundId: number
  sessionId: number
  applicantEmail: string
  judgeEmail: string
  certificateCode: string | null
}

export async function stage(request: APIRequestContext, stamp: number): Promise<Stage> {
  const organizer = await token(request, ORGANIZER)
  const now = Date.now()
  const program = await api<{ id: number; slug: string; categories: { id: number }[]; prizeTiers: { id: number }[] }>(
    request,
    organizer,
    'POST',
    '/api/programs',
    {
      kind: 'COMPETITION',
      title: `${P} ${stamp}`,
      // The description is Markdown: raw HTML is dropped, and links may only be http(s)/mailto.
      description:
        `${P}\n\n[click me](javascript:__xss=1) [also](JaVaScRiPt:__xss=1) ` +
        `![pic](x" onerror="__xss=1) <a href="javascript:__xss=1">raw link</a>\n\n` +
        `[data](data:text/html,<script>__xss=1</script>)`,
      timeZone: 'UTC',
      submissionOpensAt: new Date(now - 60 * 60 * 1000).toISOString(),
      submissionClosesAt: new Date(now + 3 * 24 * 60 * 60 * 1000).toISOString(),
      categories: [{ name: P }],
      formFields: [
        { key: 'pitch', label: P, type: 'TEXT', required: false, helpText: P, identifying: false },
        { key: 'track', label: P, type: 'SELECT', required: false, options: [P, 'plain'], identifying: false },
        { key: 'site', label: `${MARK} site`, type: 'URL', required: false, identifying: false },
        { key: 'deck', label: `${MARK} deck`, type: 'FILE', required: false, identifying: false },
      ],
      prizeTiers: [{ name: P, rank: 1, count: 1 }],
    },
  )
  await api(request, organizer, 'POST', `/api/programs/${program.id}/publish`)

  const applicantEmail = `xss-${stamp}@e2e.laurel.dev`
  const register = await request.post('/api/auth/register', {
    data: { email: applicantEmail, password: PASSWORD, displayName: P, organization: P },
  })
  expect(register.ok(), 'applicant registration').toBeTruthy()
  const applicant = await token(request, applicantEmail, PASSWORD)
  const entryBody = (title: string) => ({
    title,
    categoryId: program.categories[0]!.id,
    summary: `${P}\n${P}`,
    organization: P,
    team: [{ name: P, role: P }],
    answers: { pitch: P, track: P, site: 'https://example.org/' },
  })
  const entry = await api<{ id: number }>(
    request,
    applicant,
    'POST',
    `/api/programs/${program.id}/entries`,
    entryBody(`${P} A`),
  )
  // A javascript: address in a URL answer: refused, or shown without a live link.
  await request.put(`/api/entries/${entry.id}`, {
    headers: { Authorization: `Bearer ${applicant}` },
    data: { ...entryBody(`${P} A`), answers: { pitch: P, track: P, site: 'javascript:__xss=1' } },
  })
  const upload = await request.post(`/api/entries/${entry.id}/attachments`, {
    headers: { Authorization: `Bearer ${applicant}` },
    multipart: {
      fieldKey: 'deck',
      file: { name: `${P}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
    },
  })
  expect(upload.status(), 'attachment upload').toBe(201)
  await api(request, applicant, 'POST', `/api/entries/${entry.id}/submit`)
  const rejected = await api<{ id: number }>(
    request,
    applicant,
    'POST',
    `/api/programs/${program.id}/entries`,
    entryBody(`${P} B`),
  )
  await api(request, applicant, 'POST', `/api/entries/${rejected.id}/submit`)
  const draft = await api<{ id: number }>(
    request,
    applicant,
    'POST',
    `/api/programs/${program.id}/entries`,
    entryBody(`${P} C`),
  )
  await api(request, organizer, 'POST', `/api/entries/${entry.id}/eligibility`, { eligible: true, reason: P })
  await api(request, organizer, 'POST', `/api/entries/${rejected.id}/eligibility`, { eligible: false, reason: P })

  const judgeIds: number[] = []
  for (const email of JUDGES)
    judgeIds.push((await api<{ id: number }>(request, await token(request, email), 'GET', '/api/me')).id)

  // An online round, judged with comments and feedback, and a conflict declared with a reason.
  const round = await api<{ id: number; criteria: { id: number }[] }>(
    request,
    organizer,
    'POST',
    `/api/programs/${program.id}/rounds`,
    {
      name: P,
      mode: 'ONLINE',
      aggregation: 'MEAN',
      blind: false,
      judgesPerEntry: 2,
      advanceCount: 1,
      criteria: [{ name: P, weight: 1, min: 0, max: 10, step: 1 }],
    },
  )
  await api(request, organizer, 'PUT', `/api/rounds/${round.id}/panel`, { judgeIds })
  await api(request, organizer, 'POST', `/api/rounds/${round.id}/assignments/auto`)
  await api(request, organizer, 'POST', `/api/rounds/${round.id}/open`, {})
  let judgeEmail = ''
  for (const email of JUDGES) {
    const judge = await token(request, email)
    const queue = await api<{ items: { roundId: number; entryId: number }[] }>(
      request,
      judge,
      'GET',
      '/api/judging/queue',
    )
    if (queue.items.some((i) => i.roundId === round.id)) {
      judgeEmail = email
      await api(request, judge, 'PUT', `/api/rounds/${round.id}/entries/${entry.id}/scorecard`, {
        scores: { [round.criteria[0]!.id]: 8 },
        comment: P,
        feedback: P,
        submit: true,
      })
    } else {
      await request.post(`/api/rounds/${round.id}/entries/${entry.id}/conflict`, {
        headers: { Authorization: `Bearer ${judge}` },
        data: { reason: P },
      })
    }
  }
  // A live final the online round advances its best entry to: host, tablets and the big screen.
  const live = await api<{ id: number; criteria: { id: number }[] }>(
    request,
    organizer,
    'POST',
    `/api/programs/${program.id}/rounds`,
    {
      name: `${P} live`,
      mode: 'LIVE',
      aggregation: 'MEAN',
      blind: false,
      judgesPerEntry: 3,
      criteria: [{ name: P, weight: 1, min: 0, max: 100, step: 1 }],
    },
  )
  await api(request, organizer, 'PUT', `/api/rounds/${live.id}/panel`, { judgeIds })
  await api(request, organizer, 'POST', `/api/rounds/${round.id}/close`)
  await api(request, organizer, 'POST', `/api/rounds/${round.id}/finalize`)

  const host = await api<{ state: { sessionId: number } }>(request, organizer, 'POST', `/api/rounds/${live.id}/live`, {
    slots: [{ entryId: entry.id, order: 1, plannedStart: null, pitchMinutes: 5, qaMinutes: 3 }],
    showJudgeNames: true,
  })
  // The pitch is run to the reveal, so the round can be finalized and winners announced.
  const control = (action: string) =>
    api(request, organizer, 'POST', `/api/live/${host.state.sessionId}/control`, { action })
  await control('START_PITCH')
  await control('START_QA')
  await control('OPEN_SCORING')
  for (const email of JUDGES) {
    await api(request, await token(request, email), 'PUT', `/api/rounds/${live.id}/entries/${entry.id}/scorecard`, {
      scores: { [live.criteria[0]!.id]: 77 },
      comment: P,
      feedback: P,
      submit: true,
    })
  }
  await control('REVEAL')
  await api(request, organizer, 'POST', `/api/rounds/${live.id}/close`)
  await api(request, organizer, 'POST', `/api/rounds/${live.id}/finalize`)

  // Winners: announced once the call has closed, with a note.
  const view = await api<Record<string, unknown>>(request, organizer, 'GET', `/api/programs/${program.id}`)
  await api(request, organizer, 'PUT', `/api/programs/${program.id}`, {
    ...view,
    submissionClosesAt: new Date(Date.now() - 1000).toISOString(),
  })
  const announced = await request.post(`/api/programs/${program.id}/announcements`, {
    headers: { Authorization: `Bearer ${organizer}` },
    data: { winners: [{ entryId: entry.id, prizeTierId: program.prizeTiers[0]!.id }], note: P, reason: P },
  })
  expect(announced.ok(), `announcement: ${await announced.text()}`).toBeTruthy()
  const outcome = await api<{ certificateCode: string | null }>(
    request,
    applicant,
    'GET',
    `/api/entries/${entry.id}/outcome`,
  )

  return {
    programId: program.id,
    slug: program.slug,
    entryId: entry.id,
    rejectedId: rejected.id,
    draftId: draft.id,
    roundId: round.id,
    liveRoundId: live.id,
    sessionId: host.state.sessionId,
    applicantEmail,
    judgeEmail,
    certificateCode: outcome.certificateCode,
  }
}

/** Signs in through the form; unlike support's signIn, any landing page will do (admins land on their user list). */
export async function signInAnywhere(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).not.toHaveURL(/\/login/)
}
