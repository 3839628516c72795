import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import WinnersView from './WinnersView.vue'
import type { AnnouncementView, Candidate, Proposal } from '@/api/awards'
import { mountView } from '@/test/mountView'
import { alertTexts, fieldErrorText, getAllByRole, getByLabelText, getByRole, jsonResponse, type } from '@/test/dom'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }
const past = new Date(Date.now() - 86_400_000).toISOString()

const c = (entryId: number, title: string, rank: number, score: number): Candidate => ({
  entryId,
  title,
  organization: `${title} Labs`,
  categoryId: 5,
  rank,
  score,
})
const ALPHA = c(11, 'Alpha', 1, 90)
const BETA = c(12, 'Beta', 2, 80)
const GAMMA = c(13, 'Gamma', 2, 80)
const DELTA = c(14, 'Delta', 4, 60)

const PROPOSAL: Proposal = {
  programId: 3,
  roundId: 8,
  roundName: 'Final review',
  snapshotVersion: 1,
  publishedVersion: null,
  allowedActions: ['PUBLISH'],
  unavailableActions: [],
  ranking: [ALPHA, BETA, GAMMA, DELTA],
  tierPivots: [
    { entryId: 11, title: 'Alpha', judgeName: 'Judge Wu', tier: 'Gold', tierWithout: null, tiedWithout: false },
  ],
  tiers: [
    {
      tierId: 1,
      name: 'Gold',
      tierRank: 1,
      count: 1,
      categoryId: null,
      categoryName: null,
      proposed: [ALPHA],
      tiedAtBoundary: [],
      candidates: [ALPHA, BETA, GAMMA, DELTA],
    },
    {
      tierId: 2,
      name: 'Silver',
      tierRank: 2,
      count: 1,
      categoryId: null,
      categoryName: null,
      proposed: [BETA],
      tiedAtBoundary: [BETA, GAMMA],
      candidates: [ALPHA, BETA, GAMMA, DELTA],
    },
  ],
}

const PROGRAM = {
  id: 3,
  kind: 'COMPETITION',
  title: 'Dev Cup',
  slug: 'dev-cup',
  timeZone: 'UTC',
  submissionOpensAt: past,
  submissionClosesAt: past,
  submissionState: 'CLOSED',
  status: 'PUBLISHED',
  publishedAt: past,
  canEdit: true,
  description: null,
  categories: [{ id: 5, name: 'Main' }],
  formFields: [],
  prizeTiers: [],
}

function announcement(version: number): AnnouncementView {
  return {
    programId: 3,
    programSlug: 'dev-cup',
    version,
    latestVersion: version,
    publishedAt: past,
    firstPublishedAt: past,
    corrected: version > 1,
    note: version > 1 ? 'Fixed' : null,
    publishScores: true,
    releaseFeedback: false,
    sha256: 'a'.repeat(64),
    tiers: [
      {
        tierId: 1,
        name: 'Gold',
        tierRank: 1,
        categoryId: null,
        categoryName: null,
        winners: [{ entryId: 11, title: 'Alpha', organization: null, rank: 1, score: 90 }],
      },
      {
        tierId: 2,
        name: 'Silver',
        tierRank: 2,
        categoryId: null,
        categoryName: null,
        winners: [{ entryId: 12, title: 'Beta', organization: null, rank: 2, score: 80 }],
      },
    ],
    publishedBy: 'Olga',
    departureReason: null,
  }
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()
/** A checkbox whose label starts with the given words (the label also holds a hint). */
const checkbox = (root: ParentNode, name: string) =>
  Array.from(root.querySelectorAll('label'))
    .find((l) => text(l).startsWith(name))!
    .querySelector('input') as HTMLInputElement
const button = (root: ParentNode, name: string) =>
  getAllByRole(root, 'button').find((b) => text(b) === name) as HTMLButtonElement | undefined

describe('WinnersView', () => {
  let wrapper: VueWrapper | undefined
  let posted: unknown[]

  beforeEach(() => {
    localStorage.clear()
    localStorage.setItem(
      'laurel.auth',
      JSON.stringify({
        accessToken: 'acc',
        refreshToken: 'ref',
        roles: ['ORGANIZER'],
        user: {
          id: 2,
          email: 'olga@example.org',
          displayName: 'Olga',
          organization: null,
          locale: 'en',
          roles: ['ORGANIZER'],
          createdAt: past,
        },
      }),
    )
    posted = []
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  async function open(
    options: { history?: AnnouncementView[]; publish?: () => Response; proposal?: Partial<Proposal> } = {},
  ) {
    let history = options.history ?? []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        const method = init.method ?? 'GET'
        if (url === '/api/programs/3') return jsonResponse(200, PROGRAM)
        if (url === '/api/programs/3/winners/proposal') {
          return jsonResponse(200, {
            ...PROPOSAL,
            publishedVersion: history[0]?.version ?? null,
            ...options.proposal,
          })
        }
        if (url === '/api/programs/3/announcements' && method === 'GET') return jsonResponse(200, history)
        if (url === '/api/programs/3/announcements' && method === 'POST') {
          posted.push(JSON.parse(String(init.body)))
          if (options.publish) return options.publish()
          const published = announcement(history.length + 1)
          history = [published, ...history]
          return jsonResponse(201, published)
        }
        if (url === '/api/programs/3/audit') return jsonResponse(200, { items: [], total: 0 })
        if (url === '/api/programs/3/audit/verify' && method === 'POST') {
          return jsonResponse(200, { valid: true, checked: 7, problems: [] })
        }
        return jsonResponse(404, { status: 404, title: 'Not found' })
      }),
    )
    const mounted = await mountView(WinnersView, '/organize/programs/3/winners')
    wrapper = mounted.wrapper
    const root = mounted.root as HTMLElement
    await vi.waitFor(() => expect(mounted.root.textContent).toContain('Winners by prize tier'), WAIT)
    await flushPromises()
    return { ...mounted, root }
  }

  it('verifies the program’s own part of the audit trail (the whole-trail check is for administrators)', async () => {
    const { root } = await open()
    button(root, 'Verify audit trail')!.click()
    await vi.waitFor(() => expect(root.textContent).toContain('The audit trail is intact.'), WAIT)
    expect(root.textContent).toContain('7 records checked.')
    const calls = vi.mocked(fetch).mock.calls.map(([url]) => String(url))
    expect(calls).toContain('/api/programs/3/audit/verify')
    expect(calls).not.toContain('/api/audit/verify')
  })

  it('shows each tier’s proposal, and a tie at the last place with every tied entry', async () => {
    const { root } = await open()
    const gold = root.querySelector<HTMLElement>('section[aria-labelledby="winners-tier-1"]')!
    expect(text(gold)).toContain('Alpha')
    expect(text(gold)).toContain('90.00')
    expect(text(gold)).toContain('one place')
    expect(text(gold)).not.toContain('Tie at the last place')
    const silverCard = root.querySelector<HTMLElement>('section[aria-labelledby="winners-tier-2"]')!
    expect(text(silverCard)).toContain('Tie at the last place (rank 2)')
    const tied = silverCard.querySelector('ul[aria-label="Tied entries"]')!
    expect(text(tied)).toContain('Beta')
    expect(text(tied)).toContain('Gamma')
    expect(root.querySelector('[data-testid="winners-matches"]')).not.toBeNull()
    // The prize that hangs on one judge, as the server found it.
    const pivots = root.querySelector<HTMLElement>('section[aria-labelledby="winners-tier-pivots"]')!
    expect(text(pivots)).toContain('Prizes that hang on one judge')
    expect(text(pivots)).toContain('Alpha — Gold; without Judge Wu: no prize.')
  })

  it('notices a departure from the ranking and asks for the reason before publishing', async () => {
    const { root } = await open()
    getByRole(root, 'button', 'Remove Beta from Silver').click()
    await flushPromises()

    const silverCard = root.querySelector<HTMLElement>('section[aria-labelledby="winners-tier-2"]')!
    expect(text(silverCard)).toContain('Changed')
    expect(text(silverCard)).toContain('One place left empty.')
    expect(root.querySelector('[data-testid="winners-departure"]')).not.toBeNull()

    button(root, 'Publish winners')!.click()
    await vi.waitFor(
      () =>
        expect(fieldErrorText(root, 'Reason for departing from the ranking')).toContain(
          'Please say why the winners depart from the ranking.',
        ),
      WAIT,
    )
    expect(root.querySelector('.el-dialog')).toBeNull()

    await type(getByLabelText(root, 'Reason for departing from the ranking'), 'Beta withdrew its consent to be named.')
    button(root, 'Publish winners')!.click()
    await vi.waitFor(() => expect(getByRole(root, 'dialog', /Publish the winners\?/)).toBeTruthy(), WAIT)
    const dialog = getByRole(root, 'dialog', /Publish the winners\?/)
    expect(text(dialog)).toContain('Beta withdrew its consent to be named.')
    button(dialog, 'Publish')!.click()

    await vi.waitFor(() => expect(posted).toHaveLength(1), WAIT)
    expect(posted[0]).toEqual({
      winners: [{ entryId: 11, prizeTierId: 1 }],
      reason: 'Beta withdrew its consent to be named.',
      publishScores: false,
      releaseFeedback: false,
    })
    // The page reloads the history and the trail after publishing.
    await vi.waitFor(
      () => expect(text(root.querySelector('[data-testid="winners-status"]'))).toBe('Published, version 1'),
      WAIT,
    )
    await flushPromises()
  })

  it('publishes the proposal as it stands without a reason', async () => {
    const { root } = await open()
    button(root, 'Publish winners')!.click()
    await vi.waitFor(() => expect(getByRole(root, 'dialog', /Publish the winners\?/)).toBeTruthy(), WAIT)
    button(getByRole(root, 'dialog', /Publish the winners\?/), 'Publish')!.click()
    await vi.waitFor(() => expect(posted).toHaveLength(1), WAIT)
    expect(posted[0]).toEqual({
      winners: [
        { entryId: 11, prizeTierId: 1 },
        { entryId: 12, prizeTierId: 2 },
      ],
      publishScores: false,
      releaseFeedback: false,
    })
    await vi.waitFor(
      () => expect(text(root.querySelector('[data-testid="winners-status"]'))).toBe('Published, version 1'),
      WAIT,
    )
    await flushPromises()
  })

  it('shows the server’s demand for a reason even when the page saw no departure', async () => {
    const { root } = await open({
      publish: () =>
        jsonResponse(400, {
          type: 'https://laurel.dev/problems/validation',
          title: 'Invalid request',
          status: 400,
          detail: 'the winners depart from the ranking; say why',
          errors: [{ field: 'reason', message: 'the winners depart from the ranking; say why' }],
        }),
    })
    button(root, 'Publish winners')!.click()
    await vi.waitFor(() => expect(getByRole(root, 'dialog', /Publish the winners\?/)).toBeTruthy(), WAIT)
    button(getByRole(root, 'dialog', /Publish the winners\?/), 'Publish')!.click()
    await vi.waitFor(
      () =>
        expect(fieldErrorText(root, 'Reason for departing from the ranking')).toContain(
          'Please say why the winners depart from the ranking.',
        ),
      WAIT,
    )
    expect(root.querySelector('[data-testid="winners-departure"]')).not.toBeNull()
  })

  it('requires a note for a correction, and shows the server’s note error in the dialog', async () => {
    const { root } = await open({
      history: [announcement(1)],
      publish: () =>
        jsonResponse(400, {
          type: 'https://laurel.dev/problems/validation',
          title: 'Invalid request',
          status: 400,
          detail: 'a correction needs a note saying what changed and why',
          errors: [{ field: 'note', message: 'a correction needs a note saying what changed and why' }],
        }),
    })
    // A correction starts from the published version and its options.
    expect(text(root.querySelector('[data-testid="winners-status"]'))).toBe('Published, version 1')
    expect(checkbox(root, 'Publish scores and ranks').checked).toBe(true)
    expect(checkbox(root, 'Release the judges’ feedback to applicants').checked).toBe(false)
    // Nothing differs from version 1 yet: the button is off and says why.
    const publishButton = button(root, 'Publish correction (v2)')!
    expect(publishButton.disabled).toBe(true)
    expect(text(document.getElementById(publishButton.getAttribute('aria-describedby')!))).toBe(
      'Nothing differs from version 1 yet: change a winner or an option to correct it.',
    )
    checkbox(root, 'Release the judges’ feedback to applicants').click()
    await flushPromises()
    expect(publishButton.disabled).toBe(false)
    button(root, 'Publish correction (v2)')!.click()
    await vi.waitFor(() => expect(getByRole(root, 'dialog', /Publish version 2\?/)).toBeTruthy(), WAIT)
    const dialog = getByRole(root, 'dialog', /Publish version 2\?/)

    button(dialog, 'Publish version 2')!.click()
    await vi.waitFor(
      () =>
        expect(fieldErrorText(dialog, 'Correction note (public)')).toContain(
          'Please say what this correction changes.',
        ),
      WAIT,
    )
    expect(posted).toHaveLength(0)

    // Whatever the page checks, the server has the last word.
    await type(getByLabelText(dialog, 'Correction note (public)'), ' ')
    await type(getByLabelText(dialog, 'Correction note (public)'), 'Scores republished.')
    button(dialog, 'Publish version 2')!.click()
    await vi.waitFor(() => expect(posted).toHaveLength(1), WAIT)
    expect(posted[0]).toMatchObject({ note: 'Scores republished.', publishScores: true, releaseFeedback: true })
    await vi.waitFor(
      () =>
        expect(fieldErrorText(dialog, 'Correction note (public)')).toContain(
          'a correction needs a note saying what changed and why',
        ),
      WAIT,
    )
    expect(alertTexts(root).join(' ')).not.toContain('could not be published')
  })

  it('says before anybody tries that winners wait for the call to close, naming the date', async () => {
    const closes = '2030-06-25T10:00:00Z'
    const { root } = await open({
      proposal: {
        allowedActions: [],
        unavailableActions: [
          {
            action: 'PUBLISH',
            reason: 'CALL_STILL_OPEN',
            detail:
              'Entries can be submitted until 25 June 2030 at 18:00 (Asia/Shanghai); announce the winners after the call closes.',
            at: closes,
            fields: [],
          },
        ],
      },
    })
    const publishButton = button(root, 'Publish winners')!
    expect(publishButton.disabled).toBe(true)
    const why = text(document.getElementById(publishButton.getAttribute('aria-describedby')!))
    const date = new Intl.DateTimeFormat('en', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(closes))
    expect(why).toBe(`The call is still open until ${date}: winners can be published once it closes.`)
    expect(why).not.toContain('2030-06-25T')
    publishButton.click()
    await flushPromises()
    expect(text(document.querySelector('[role="dialog"][aria-label="Publish the winners?"]'))).toBe('')
    expect(posted).toHaveLength(0)
  })
})
