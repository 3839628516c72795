import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/i18n'
import { auditChanges, auditSentence, type AuditNames, type AuditRecordLike } from './auditSentences'

// Every action the backend records (grep "String action()" and IdentityService.record).
const ACTIONS = [
  'ROUND_CREATED',
  'ROUND_CHANGED',
  'ROUND_OPENED',
  'ROUND_REOPENED',
  'ROUND_CLOSED',
  'ROUND_FINALIZED',
  'PANEL_SET',
  'JUDGES_REMINDED',
  'JUDGES_REMINDED_AUTOMATICALLY',
  'AUTO_ASSIGNED',
  'LIVE_ASSIGNED',
  'ASSIGNED',
  'UNASSIGNED',
  'CONFLICT_DETECTED',
  'CONFLICT_DECLARED',
  'CONFLICT_ORGANIZER',
  'SCORECARD_SAVED',
  'SCORECARD_SUBMITTED',
  'PROGRAM_CREATED',
  'PROGRAM_CHANGED',
  'PROGRAM_PUBLISHED',
  'ENTRY_CREATED',
  'ENTRY_UPDATED',
  'ENTRY_SUBMITTED',
  'ENTRY_WITHDRAWN',
  'ENTRY_FILE_ADDED',
  'ENTRY_FILE_REMOVED',
  'ELIGIBILITY_DECIDED',
  'BACKUP_MADE',
  'LIVE_SCHEDULED',
  'LIVE_REVEAL',
  'LIVE_START_PITCH',
  'ANNOUNCEMENT_PUBLISHED',
  'ANNOUNCEMENT_CORRECTED',
  'ROLES_CHANGED',
  'ACCOUNT_DEACTIVATED',
  'ACCOUNT_REACTIVATED',
  'SIGNED_OUT_EVERYWHERE',
  'SESSION_REVOKED_ON_REUSE',
  'PAIRWISE_START',
  'PAIRWISE_NEXT',
  'PAIRWISE_CURRENT_BETTER',
  'PAIRWISE_PREVIOUS_BETTER',
  'PAIRWISE_SKIP',
  'PAIRWISE_TABLE_CHANGED',
  'PROGRAM_TOPICS_CHANGED',
  'ENTRY_TOPICS_CHANGED',
  'BIDDING_OPENED',
  'BIDDING_CLOSED',
  'ASSIGNMENT_PAIR_FORBIDDEN',
  'ASSIGNMENT_PAIR_ALLOWED',
  'ENTRY_SHOWCASE_OPTED_IN',
  'ENTRY_SHOWCASE_OPTED_OUT',
  'AUDIENCE_VOTE_CONFIGURED',
  'AUDIENCE_VOTES_VOIDED',
  'AUDIENCE_TICKETS_IMPORTED',
  'ENTRY_INVESTOR_SHARE_CHANGED',
  'INVESTOR_INVITED',
  'INVESTOR_BROWSED_PROJECTS',
  'INVESTOR_VIEWED_PROJECT',
  'INVESTOR_DOWNLOADED_FILE',
  'INVESTOR_INTEREST_MARKED',
  'INVESTOR_INTEREST_WITHDRAWN',
  'MEETING_REQUESTED',
  'MEETING_ACCEPTED',
  'MEETING_DECLINED',
  'MEETING_CANCELLED',
  'MATCHMAKING_SETTINGS_CHANGED',
]

const NAMES: AuditNames = {
  people: { 2: 'Ann Lee', 3: 'Bo Chen', 4: 'Cy Wu', 5: 'Di Ma' },
  entries: { 11: 'Solar Kiln' },
  criteria: { 7: 'Innovation', 8: 'Feasibility' },
}

function tools(locale: 'en' | 'zh-CN') {
  const i18n = createAppI18n(locale)
  const g = i18n.global as unknown as { t: (k: string, p?: object) => string; te: (k: string) => boolean }
  return { t: (k: string, p?: Record<string, unknown>) => g.t(k, p ?? {}), te: (k: string) => g.te(k) }
}

const rec = (action: string, over: Partial<AuditRecordLike> = {}): AuditRecordLike => ({
  action,
  actorId: 2,
  actorName: 'Ann Lee',
  entryId: 11,
  before: null,
  after: null,
  ...over,
})

describe('auditSentences', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it.each(ACTIONS)(`renders %s as a sentence with names (${locale})`, (action) => {
      const { t, te } = tools(locale)
      const text = auditSentence(rec(action), NAMES, t, te)
      expect(text).not.toContain(action)
      expect(text).not.toMatch(/[{}]/)
      if (action !== 'CONFLICT_DETECTED' && action !== 'SESSION_REVOKED_ON_REUSE') expect(text).toContain('Ann Lee')
      expect(text).toMatch(/[.。]$/)
    })
  }

  it('names the entry and the actor', () => {
    const { t, te } = tools('en')
    expect(auditSentence(rec('SCORECARD_SUBMITTED'), NAMES, t, te)).toBe('Ann Lee submitted scores for Solar Kiln.')
    expect(auditSentence(rec('ROUND_CLOSED', { actorId: null }), NAMES, t, te)).toBe('The system closed the round.')
    expect(auditSentence(rec('ROUND_CLOSED'), { ...NAMES, meId: 2 }, t, te)).toBe('You closed the round.')
  })

  it('turns scores keyed by criterion id into labels with before and after', () => {
    const { t, te } = tools('en')
    const lines = auditChanges(
      rec('SCORECARD_SUBMITTED', { before: '{"7":5.0,"8":7.0}', after: '{"7":6.0,"8":7.0,"9":3}' }),
      NAMES,
      t,
      te,
    )
    expect(lines).toEqual(['Innovation: 5 → 6', 'Feasibility: 7 → 7', 'Criterion #9: 3'])
  })

  it('turns judge id lists into who was added and removed', () => {
    const { t, te } = tools('en')
    expect(auditChanges(rec('PANEL_SET', { before: '[3,4]', after: '[3,4,5]' }), NAMES, t, te)).toEqual([
      'Added: Di Ma.',
    ])
    expect(auditChanges(rec('PANEL_SET', { before: '[3,4]', after: '[3]' }), NAMES, t, te)).toEqual(['Removed: Cy Wu.'])
  })

  it('turns lists of names (topics) into what was added and removed, as written', () => {
    const { t, te } = tools('en')
    expect(
      auditChanges(
        rec('PROGRAM_TOPICS_CHANGED', { before: '["Robotics","Energy"]', after: '["Energy","Health"]' }),
        NAMES,
        t,
        te,
      ),
    ).toEqual(['Added: Health.', 'Removed: Robotics.'])
    expect(auditSentence(rec('ENTRY_TOPICS_CHANGED'), NAMES, t, te)).toBe('Ann Lee changed the topics of Solar Kiln.')
  })

  it('names the judge kept away from an entry', () => {
    const { t, te } = tools('en')
    const forbidden = rec('ASSIGNMENT_PAIR_FORBIDDEN', { after: '{"judgeId":3}' })
    expect(auditSentence(forbidden, NAMES, t, te)).toBe(
      'Ann Lee kept a judge from being assigned to Solar Kiln automatically.',
    )
    expect(auditChanges(forbidden, NAMES, t, te)).toEqual(['Judge: Bo Chen'])
  })

  it('skips empty parts of a summary and labels the rest', () => {
    const { t, te } = tools('en')
    expect(auditChanges(rec('AUTO_ASSIGNED', { after: '{"shortfalls":{},"added":0}' }), NAMES, t, te)).toEqual([
      'Assignments added: 0',
    ])
  })

  it('translates statuses, per entry when many were screened', () => {
    const { t, te } = tools('zh-CN')
    expect(
      auditChanges(rec('ELIGIBILITY_DECIDED', { before: '"SUBMITTED"', after: '"ELIGIBLE"' }), NAMES, t, te),
    ).toEqual(['已提交 → 符合资格'])
    const en = tools('en')
    expect(
      auditChanges(
        rec('ELIGIBILITY_DECIDED', { entryId: null, before: '{"11":"SUBMITTED"}', after: '{"11":"INELIGIBLE"}' }),
        NAMES,
        en.t,
        en.te,
      ),
    ).toEqual(['Solar Kiln: Submitted → Ineligible'])
  })

  it('names the judge of a conflict', () => {
    const { t, te } = tools('en')
    expect(
      auditChanges(rec('CONFLICT_DECLARED', { after: '{"judgeId":3,"reason":"My former student"}' }), NAMES, t, te),
    ).toEqual(['Judge: Bo Chen', 'Reason: My former student'])
  })
})
