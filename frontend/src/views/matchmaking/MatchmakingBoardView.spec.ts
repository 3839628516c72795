import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import MatchmakingBoardView from './MatchmakingBoardView.vue'
import { ApiError } from '@/api/http'
import * as api from '@/api/matchmaking'
import type { Investor, MatchmakingBoard, Meeting } from '@/api/matchmaking'
import { getProgram, type ProgramView } from '@/api/programs'
import { mountView } from '@/test/mountView'
import { alertTexts, fieldErrorText, getByLabelText, getByRole, type } from '@/test/dom'

vi.mock('@/api/programs', () => ({ getProgram: vi.fn() }))

vi.mock('@/api/matchmaking', () => ({
  getInvestors: vi.fn(),
  inviteInvestor: vi.fn(),
  getMatchmakingBoard: vi.fn(),
  saveMatchmakingSettings: vi.fn(),
  exportMatchmaking: vi.fn(),
}))

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }

const PROGRAM = {
  id: 3,
  slug: 'expo-2026',
  title: 'Shenzhen Expo 2026',
  status: 'PUBLISHED',
  timeZone: 'Asia/Shanghai',
  categories: [],
} as unknown as ProgramView

const investor = (investorId: number, displayName: string, firm: string, focusAreas: string[]): Investor => ({
  investorId,
  email: `${displayName.split(' ')[0]!.toLowerCase()}@example.org`,
  displayName,
  firm,
  focusAreas,
  invitedAt: '2026-05-01T08:00:00Z',
  newAccount: false,
})

const INVESTORS: Investor[] = [
  investor(21, 'Ina Chen', 'Pearl River Ventures', ['Medtech', 'AI']),
  investor(22, 'Bob Lee', 'Harbour Capital', ['Climate']),
  investor(23, 'Carl Wu', 'Wu Family Office', []),
]

const meeting = (
  id: number,
  who: Investor,
  entryId: number,
  entryTitle: string,
  status: Meeting['status'],
  startsAt: string | null = null,
): Meeting => ({
  id,
  programId: 3,
  timeZone: 'Asia/Shanghai',
  entryId,
  entryTitle,
  investorId: who.investorId,
  investorName: who.displayName,
  firm: who.firm,
  status,
  proposedTimes: ['2026-05-12T02:00:00Z', '2026-05-13T06:30:00Z'],
  minutes: 30,
  message: 'Could we meet at the expo?',
  startsAt,
  location: startsAt ? 'Hall B, table 4' : null,
  reply: null,
  createdAt: `2026-05-0${id}T09:00:00Z`,
  decidedAt: null,
  allowedActions: [],
})

const [INA, BOB] = INVESTORS as [Investor, Investor, Investor]

const BOARD: MatchmakingBoard = {
  programId: 3,
  scoreBands: false,
  investors: [
    { investorId: 21, name: 'Ina Chen', firm: 'Pearl River Ventures', interests: 2, requests: 2, accepted: 1 },
    { investorId: 22, name: 'Bob Lee', firm: 'Harbour Capital', interests: 1, requests: 2, accepted: 0 },
    { investorId: 23, name: 'Carl Wu', firm: 'Wu Family Office', interests: 0, requests: 0, accepted: 0 },
  ],
  projects: [
    { entryId: 11, title: 'Alpha Robotics', interests: 2, requests: 2, accepted: 1 },
    { entryId: 12, title: 'Beta Bio', interests: 1, requests: 1, accepted: 0 },
    { entryId: 13, title: 'Gamma Grid', interests: 0, requests: 1, accepted: 0 },
  ],
  meetings: [
    meeting(1, INA, 11, 'Alpha Robotics', 'ACCEPTED', '2026-05-12T02:00:00Z'),
    meeting(2, INA, 12, 'Beta Bio', 'DECLINED'),
    meeting(3, BOB, 11, 'Alpha Robotics', 'REQUESTED'),
    meeting(4, BOB, 13, 'Gamma Grid', 'REQUESTED'),
  ],
}

const EMPTY_BOARD: MatchmakingBoard = { programId: 3, scoreBands: false, investors: [], projects: [], meetings: [] }

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

/** The figure a card shows under its heading (a <dt> and the first <dd> after it). */
function figure(root: ParentNode, name: string): { value: string; note: string } {
  const term = Array.from(root.querySelectorAll('dt')).find((dt) => text(dt) === name)
  if (!term) throw new Error(`No figure named ${name}`)
  return { value: text(term.nextElementSibling), note: text(term.nextElementSibling?.nextElementSibling) }
}

const section = (root: ParentNode, titleId: string) =>
  root.querySelector(`section[aria-labelledby="${titleId}"]`) as HTMLElement

/** The meetings table's body rows, as their text. */
const meetingRows = (root: ParentNode) =>
  Array.from(section(root, 'board-meetings-title').querySelectorAll('tbody tr')).map(text)

describe('MatchmakingBoardView', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    localStorage.clear()
    localStorage.setItem(
      'laurel.auth',
      JSON.stringify({
        accessToken: 'acc',
        refreshToken: 'ref',
        roles: ['ORGANIZER'],
        user: { id: 2, email: 'olga@example.org', displayName: 'Olga', roles: ['ORGANIZER'] },
      }),
    )
    vi.mocked(getProgram).mockResolvedValue(PROGRAM)
    vi.mocked(api.getInvestors).mockResolvedValue(INVESTORS)
    // A fresh copy each time: the page keeps what it loaded and changes it as the organizer does.
    vi.mocked(api.getMatchmakingBoard).mockImplementation(async () => structuredClone(BOARD))
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.clearAllMocks()
    document.body.innerHTML = ''
  })

  async function open(ready = 'Investors invited') {
    const mounted = await mountView(MatchmakingBoardView, '/organize/programs/3/matchmaking')
    wrapper = mounted.wrapper
    await vi.waitFor(() => expect(mounted.root.textContent).toContain(ready), WAIT)
    await flushPromises()
    return mounted.root as HTMLElement
  }

  it('counts investors, interests, waiting requests and accepted meetings from the board', async () => {
    const root = await open()
    expect(api.getMatchmakingBoard).toHaveBeenCalledWith(3)
    expect(text(root.querySelector('h1'))).toBe('Investor matchmaking')
    expect(root.textContent).toContain('Shenzhen Expo 2026')
    const back = Array.from(root.querySelectorAll('a')).find((a) => text(a) === 'Program page')
    expect(back?.getAttribute('href')).toBe('/programs/expo-2026')

    expect(figure(root, 'Investors invited')).toEqual({ value: '3', note: '2 have asked for meetings' })
    expect(figure(root, 'Interests')).toEqual({ value: '3', note: 'across 2 projects' })
    expect(figure(root, 'Requests waiting')).toEqual({ value: '2', note: 'of 4 requests in all' })
    expect(figure(root, 'Accepted meetings')).toEqual({ value: '1', note: '1 declined or called off' })

    // The investors as invited, with the board's counts beside them.
    const investors = section(root, 'board-investors-title')
    const ina = Array.from(investors.querySelectorAll('tbody tr'))
      .map(text)
      .find((row) => row.includes('Ina Chen'))
    expect(ina).toContain('ina@example.org')
    expect(ina).toContain('Pearl River Ventures')
    expect(ina).toContain('Medtech')
    expect(ina).toMatch(/2\s*2\s*1$/)

    expect(text(section(root, 'board-projects-title'))).toContain('Gamma Grid')
    // The accepted meeting at its time in the program's zone (02:00 UTC is 10:00 in Shanghai).
    const accepted = meetingRows(root).find((row) => row.includes('Meeting set'))
    expect(accepted).toContain('10:00')
    expect(accepted).toContain('Hall B, table 4')
    expect(text(section(root, 'board-meetings-title'))).toContain('Asia/Shanghai')
  })

  it('turns score bands on with the server', async () => {
    vi.mocked(api.saveMatchmakingSettings).mockResolvedValue({ programId: 3, scoreBands: true })
    const root = await open()
    const label = 'Show investors a band of each revealed score (e.g. 80–89), never the score'
    const toggle = getByLabelText(root, label)
    expect(toggle.getAttribute('aria-checked')).toBe('false')

    toggle.click()
    await vi.waitFor(() => expect(api.saveMatchmakingSettings).toHaveBeenCalledWith(3, true), WAIT)
    expect(api.saveMatchmakingSettings).toHaveBeenCalledTimes(1)
    await vi.waitFor(() => expect(document.body.textContent).toContain('Investors now see score bands.'), WAIT)
    expect(getByLabelText(root, label).getAttribute('aria-checked')).toBe('true')
  })

  it('says why the setting was refused, and leaves the switch as it was', async () => {
    vi.mocked(api.saveMatchmakingSettings).mockRejectedValue(
      new ApiError({ status: 403, detail: 'Only the program’s organizers may change this.' }),
    )
    const root = await open()
    const label = 'Show investors a band of each revealed score (e.g. 80–89), never the score'
    getByLabelText(root, label).click()
    await vi.waitFor(
      () => expect(document.body.textContent).toContain('Only the program’s organizers may change this.'),
      WAIT,
    )
    expect(getByLabelText(root, label).getAttribute('aria-checked')).toBe('false')
  })

  it('invites an investor as typed, and shows the server’s complaint at its field', async () => {
    vi.mocked(api.inviteInvestor)
      .mockRejectedValueOnce(
        new ApiError({
          status: 400,
          type: 'https://laurel.dev/problems/validation',
          title: 'Invalid request',
          detail: 'No account uses dana@fund.example yet: give the new investor’s name.',
          errors: [
            { field: 'displayName', message: 'No account uses dana@fund.example yet: give the new investor’s name.' },
          ],
        }),
      )
      .mockResolvedValueOnce({
        ...investor(24, 'Dana Xu', 'Blue Lake Capital', []),
        email: 'dana@fund.example',
        newAccount: true,
      })
    const root = await open()

    getByRole(root, 'button', 'Invite an investor').click()
    await vi.waitFor(() => getByLabelText(document.body, 'Email'), WAIT)
    await type(getByLabelText(document.body, 'Email'), ' dana@fund.example ')
    await type(getByLabelText(document.body, 'Firm'), 'Blue Lake Capital')
    // A focus area of its own, typed and confirmed with Enter.
    const focus = getByLabelText(document.body, 'Focus areas')
    focus.focus()
    await type(focus, 'Robotics')
    focus.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }))
    await flushPromises()
    getByRole(document.body, 'button', 'Send invitation').click()

    await vi.waitFor(() => expect(api.inviteInvestor).toHaveBeenCalledTimes(1), WAIT)
    expect(api.inviteInvestor).toHaveBeenCalledWith(3, {
      email: 'dana@fund.example',
      displayName: null,
      firm: 'Blue Lake Capital',
      focusAreas: ['Robotics'],
      language: null,
    })
    await vi.waitFor(
      () =>
        expect(fieldErrorText(document.body, 'Name')).toBe(
          'No account uses dana@fund.example yet: give the new investor’s name.',
        ),
      WAIT,
    )

    await type(getByLabelText(document.body, 'Name'), 'Dana Xu')
    expect(fieldErrorText(document.body, 'Name')).toBe('')
    getByRole(document.body, 'button', 'Send invitation').click()
    await vi.waitFor(() => expect(document.body.textContent).toContain('Invitation sent to dana@fund.example.'), WAIT)
    expect(api.inviteInvestor).toHaveBeenLastCalledWith(3, expect.objectContaining({ displayName: 'Dana Xu' }))
    // The lists are read again, so the new investor shows up.
    const readsOf = (mock: typeof api.getInvestors | typeof api.getMatchmakingBoard) =>
      vi.mocked(mock).mock.calls.filter(([id]) => id === 3).length
    await vi.waitFor(() => expect(readsOf(api.getInvestors)).toBe(2), WAIT)
    expect(readsOf(api.getMatchmakingBoard)).toBe(2)
    expect(alertTexts(document.body).join(' ')).not.toContain('could not')
  })

  it('narrows the meetings to a status', async () => {
    const root = await open()
    expect(meetingRows(root)).toHaveLength(4)
    const meetings = section(root, 'board-meetings-title')
    const filter = (name: string) => {
      const option = Array.from(meetings.querySelectorAll('label')).find((l) => text(l) === name)
      if (!option) throw new Error(`No filter ${name}`)
      option.click()
    }

    filter('Waiting (2)')
    await vi.waitFor(() => expect(meetingRows(root)).toHaveLength(2), WAIT)
    expect(meetingRows(root).every((row) => row.includes('Bob Lee') && row.includes('Waiting'))).toBe(true)

    filter('Closed (1)')
    await vi.waitFor(() => expect(meetingRows(root)).toHaveLength(1), WAIT)
    expect(meetingRows(root)[0]).toContain('Beta Bio')
    expect(meetingRows(root)[0]).toContain('Declined')

    filter('All (4)')
    await vi.waitFor(() => expect(meetingRows(root)).toHaveLength(4), WAIT)
  })

  it('says so while nobody is invited and nothing is asked', async () => {
    vi.mocked(api.getInvestors).mockResolvedValue([])
    vi.mocked(api.getMatchmakingBoard).mockResolvedValue(EMPTY_BOARD)
    const root = await open()
    expect(root.textContent).toContain('No investor is invited yet.')
    expect(root.textContent).toContain('No investor has asked for a meeting yet.')
    expect(figure(root, 'Investors invited').value).toBe('0')
  })

  it('offers to try again when the board cannot be loaded', async () => {
    vi.mocked(api.getMatchmakingBoard).mockRejectedValue(new ApiError({ status: 503, detail: 'Database away.' }))
    const root = await open('The matchmaking board could not be loaded.')
    expect(root.textContent).toContain('Database away.')
    expect(root.textContent).not.toContain('Investors invited')

    vi.mocked(api.getMatchmakingBoard).mockImplementation(async () => structuredClone(BOARD))
    getByRole(root, 'button', 'Try again').click()
    await vi.waitFor(() => expect(root.textContent).toContain('Investors invited'), WAIT)
    expect(root.textContent).not.toContain('could not be loaded')
  })
})
