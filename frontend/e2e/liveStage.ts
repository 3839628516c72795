import { expect, type APIRequestContext } from '@playwright/test'
import { api, token } from './support'

// Demo logins documented in the README (demo mode is on for the e2e server).
export const ORGANIZER = 'organizer@demo.laurel.dev'
export const JUDGES = ['judge@jury.laurel.dev', 'judge2@jury.laurel.dev', 'judge3@jury.laurel.dev'] as const

// ---- setting the stage through the API -------------------------------------------------------

export interface Stage {
  programId: number
  programTitle: string
  roundId: number
  roundName: string
  criterionId: number
  sessionId: number
  entries: { id: number; title: string }[]
}

/**
 * A fresh competition with two eligible entries, a LIVE round (trimmed mean dropping one high
 * and one low, one criterion on 0-100) judged by the three demo judges, and a two-pitch
 * schedule: nothing depends on data left by other runs.
 */
export async function stage(request: APIRequestContext, stamp: number, titles: string[]): Promise<Stage> {
  const organizer = await token(request, ORGANIZER)
  const now = Date.now()
  const program = await api<{ id: number; title: string; categories: { id: number }[] }>(
    request,
    organizer,
    'POST',
    '/api/programs',
    {
      kind: 'COMPETITION',
      title: `E2E Roadshow ${stamp}`,
      description: 'A startup final the live journey sets up for itself.',
      timeZone: 'UTC',
      submissionOpensAt: new Date(now - 60 * 60 * 1000).toISOString(),
      submissionClosesAt: new Date(now + 3 * 24 * 60 * 60 * 1000).toISOString(),
      categories: [{ name: 'Finalists' }],
      formFields: [],
      prizeTiers: [],
    },
  )
  await api(request, organizer, 'POST', `/api/programs/${program.id}/publish`)

  const email = `pitch-${stamp}@e2e.laurel.dev`
  const register = await request.post('/api/auth/register', {
    data: { email, password: 'a long enough password', displayName: `Founder ${stamp}` },
  })
  expect(register.ok(), 'applicant registration').toBeTruthy()
  const applicant = await token(request, email, 'a long enough password')
  const entries: { id: number; title: string }[] = []
  for (const [index, title] of titles.entries()) {
    const entry = await api<{ id: number }>(request, applicant, 'POST', `/api/programs/${program.id}/entries`, {
      title,
      categoryId: program.categories[0]!.id,
      summary: `${title}: the problem, the product and the traction, in three slides.`,
      organization: index === 0 ? 'Sunrise Robotics Ltd.' : 'Blue Harbour Bio',
      answers: {},
    })
    await api(request, applicant, 'POST', `/api/entries/${entry.id}/submit`)
    entries.push({ id: entry.id, title })
  }
  await api(request, organizer, 'POST', `/api/programs/${program.id}/entries/eligibility`, {
    entryIds: entries.map((e) => e.id),
    eligible: true,
  })

  const roundName = `Live final ${stamp}`
  const round = await api<{ id: number; criteria: { id: number }[] }>(
    request,
    organizer,
    'POST',
    `/api/programs/${program.id}/rounds`,
    {
      name: roundName,
      mode: 'LIVE',
      aggregation: 'TRIMMED_MEAN',
      trimCount: 1,
      blind: false,
      judgesPerEntry: 3,
      criteria: [{ name: 'Overall', weight: 1, min: 0, max: 100, step: 1 }],
    },
  )
  // Search the directory by address: on a shared database (CI's PostgreSQL run) the judges made by
  // the backend tests fill its first pages.
  const judgeIds: number[] = []
  for (const mail of JUDGES) {
    const found = await api<{ items: { id: number; email: string }[] }>(
      request,
      organizer,
      'GET',
      `/api/judges?q=${encodeURIComponent(mail)}&size=50`,
    )
    const judge = found.items.find((j) => j.email === mail)
    expect(judge, `demo judge ${mail}`).toBeTruthy()
    judgeIds.push(judge!.id)
  }
  await api(request, organizer, 'PUT', `/api/rounds/${round.id}/panel`, { judgeIds })
  const host = await api<{ state: { sessionId: number } }>(request, organizer, 'POST', `/api/rounds/${round.id}/live`, {
    slots: entries.map((e, i) => ({ entryId: e.id, order: i + 1, plannedStart: null, pitchMinutes: 5, qaMinutes: 3 })),
    showJudgeNames: false,
  })
  return {
    programId: program.id,
    programTitle: program.title,
    roundId: round.id,
    roundName,
    criterionId: round.criteria[0]!.id,
    sessionId: host.state.sessionId,
    entries,
  }
}
