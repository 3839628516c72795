import { describe, expect, it } from 'vitest'
import en from './en'
import zhCN from './zh-CN'
import { createAppI18n, detectLocale, LOCALE_STORAGE_KEY } from './index'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of leaves(value, path)) out.set(k, v)
  }
  return out
}

describe('messages', () => {
  const enKeys = leaves(en as Tree)
  const zhKeys = leaves(zhCN as Tree)

  it('zh-CN and en have the same keys', () => {
    expect([...zhKeys.keys()].sort()).toEqual([...enKeys.keys()].sort())
  })

  it('has no empty messages', () => {
    for (const [key, value] of [...enKeys, ...zhKeys]) expect(value.trim(), key).not.toBe('')
  })

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, value] of enKeys) expect(placeholders(zhKeys.get(key) ?? ''), key).toEqual(placeholders(value))
  })

  it('keeps the labels the end-to-end tests rely on', () => {
    expect(en.auth.login.email).toBe('Email')
    expect(en.auth.login.password).toBe('Password')
    expect(en.auth.login.submit).toBe('Sign in')
    expect(en.admin.users.title).toBe('Users')
    expect(zhCN.auth.login.email).toBe('邮箱')
    expect(zhCN.auth.login.password).toBe('密码')
    expect(zhCN.auth.login.submit).toBe('登录')
    expect(zhCN.admin.users.title).toBe('用户管理')
  })

  it('keeps the labels the season journey (e2e/season.spec.ts) relies on', () => {
    const expected: Record<string, string> = {
      'nav.main': 'Main navigation',
      'nav.organize': 'Organize',
      'organize.title': 'Organize',
      'organize.newProgram': 'New program',
      'organize.screen': 'Screen entries',
      'editor.newTitle': 'New program',
      'programs.kind.AWARD': 'Award',
      'editor.title': 'Title',
      'editor.description': 'Description',
      'editor.timeZone': 'Time zone',
      'editor.opensAt': 'Submissions open',
      'editor.closesAt': 'Submissions close',
      'editor.addCategory': 'Add category',
      'editor.categoryN': 'Category {n}',
      'editor.addField': 'Add field',
      'editor.fieldN': 'Field {n}',
      'editor.fieldLabel': 'Label',
      'editor.fieldKey': 'Key',
      'editor.fieldType': 'Type',
      'editor.required': 'Required',
      'editor.fieldTypes.FILE': 'File upload',
      'editor.sections.preview': 'Live preview',
      'editor.save': 'Save',
      'editor.saved': 'Program saved.',
      'editor.publish': 'Publish',
      'editor.publishTitle': 'Publish this program?',
      'editor.publishedMessage': 'Program published.',
      'programs.countdown.closesIn': 'Submissions close in',
      'programs.public.apply': 'Start an entry',
      'entries.apply.title': 'Start an entry',
      'entries.form.title': 'Entry title',
      'entries.apply.create': 'Create draft',
      'entries.edit.title': 'Edit entry',
      'entries.form.category': 'Category',
      'entries.form.summary': 'Summary',
      'entries.form.organization': 'Organization',
      'entries.upload.uploaded': '{name} uploaded.',
      'entries.edit.submit': 'Submit entry',
      'entries.edit.submitTitle': 'Submit this entry?',
      'entries.status.SUBMITTED': 'Submitted',
      'entries.mine.view': 'View',
      'screening.title': 'Screen entries',
      'screening.openNamed': 'Open {title}',
      'screening.tabDetails': 'Details',
      'entries.upload.downloadFile': 'Download {name}',
      'screening.eligible': 'Eligible',
      'screening.decided': '“{title}” is now {status}.',
      'entries.status.ELIGIBLE': 'Eligible',
      'entries.detail.history': 'History',
      'entries.timeline.ELIGIBLE': 'Eligible',
      'entries.timeline.SUBMITTED': 'Submitted',
      'entries.timeline.FILE_ADDED': 'File added',
    }
    for (const [key, value] of Object.entries(expected)) expect(enKeys.get(key), key).toBe(value)
  })

  it('keeps the labels the judging journey (e2e/judging.spec.ts) relies on', () => {
    const expected: Record<string, string> = {
      'organize.rounds': 'Rounds',
      'rounds.list.title': 'Rounds',
      'rounds.list.newRound': 'New round',
      'rounds.editor.newTitle': 'New round',
      'rounds.editor.name': 'Round name',
      'rounds.editor.criterionN': 'Criterion {n}',
      'rounds.editor.criterionName': 'Name',
      'rounds.editor.weight': 'Weight',
      'rounds.editor.addCriterion': 'Add criterion',
      'rounds.editor.share': '{percent}% of the total',
      'rounds.method.MEAN': 'Mean',
      'rounds.method.TRIMMED_MEAN': 'Trimmed mean',
      'rounds.editor.judgesPerEntry': 'Judges per entry',
      'rounds.editor.advanceCount': 'Advance per category',
      'rounds.editor.create': 'Create round',
      'rounds.editor.created': 'Round created.',
      'rounds.editor.openDashboard': 'Open dashboard',
      'rounds.dashboard.panel.title': 'Panel',
      'rounds.dashboard.panel.inviteEmail': 'Judge’s email',
      'rounds.dashboard.panel.invite': 'Invite',
      'rounds.dashboard.matrix.autoAssign': 'Auto-assign',
      'rounds.dashboard.matrix.cellLabel': '{judge} · {entry}: {state}',
      'rounds.dashboard.matrix.assigned': 'assigned',
      'rounds.dashboard.matrix.complete': 'Every entry has its judges.',
      'rounds.dashboard.lifecycle.open': 'Open round',
      'rounds.dashboard.lifecycle.openTitle': 'Open this round?',
      'rounds.dashboard.lifecycle.opened': 'Round opened.',
      'rounds.dashboard.lifecycle.close': 'Close round',
      'rounds.dashboard.lifecycle.closeTitle': 'Close this round?',
      'rounds.dashboard.lifecycle.closed': 'Round closed.',
      'rounds.dashboard.lifecycle.finalize': 'Finalize',
      'rounds.dashboard.lifecycle.finalizeTitle': 'Finalize this round?',
      'rounds.dashboard.lifecycle.finalized': 'Round finalized.',
      'rounds.dashboard.tabs.progress': 'Progress',
      'rounds.dashboard.tabs.results': 'Results',
      'rounds.dashboard.progress.overall': '{submitted} of {assigned} scorecards submitted',
      'rounds.dashboard.progress.allDone': 'Every assigned scorecard is submitted.',
      'rounds.dashboard.results.compare': 'Compare methods',
      'rounds.dashboard.results.comparisonTitle': 'The four methods side by side',
      'rounds.dashboard.snapshot.title': 'Results snapshot',
      'rounds.dashboard.snapshot.advanced': 'Advanced',
      'rounds.status.FINALIZED': 'Finalized',
      'judging.queue.title': 'Judging',
      'judging.queue.progress': '{done} of {total} submitted',
      'judging.queue.reminderTitle': 'Scores missing',
      'judging.queue.scoreNamed': 'Score {title}',
      'judging.scorecard.back': 'Judging queue',
      'judging.scorecard.submit': 'Submit scores',
      'judging.scorecard.submitTitle': 'Submit your scores?',
      'judging.scorecard.submitted': 'Scores submitted.',
      'judging.scorecard.update': 'Update scores',
    }
    for (const [key, value] of Object.entries(expected)) expect(enKeys.get(key), key).toBe(value)
    expect(enKeys.get('rounds.dashboard.matrix.autoAssigned')).toContain('Auto-assign added {count} assignments.')
  })

  it('keeps the labels the live journey (e2e/live.spec.ts) relies on', () => {
    const expected: Record<string, string> = {
      'live.schedule.title': 'Schedule',
      'live.schedule.hostConsole': 'Open host console',
      'live.host.title': 'Host console',
      'live.host.controls': 'Session controls',
      'live.host.actions.START_PITCH': 'Start pitch',
      'live.host.actions.START_QA': 'Start Q&A',
      'live.host.actions.OPEN_SCORING': 'Open scoring',
      'live.host.actions.REVEAL': 'Reveal',
      'live.host.actions.NEXT': 'Next pitch',
      'live.host.actions.END': 'End session',
      'live.host.submitted': '{n} of {m} submitted',
      'live.host.revealPartialTitle': 'Reveal with {n} of {m}?',
      'live.host.endTitle': 'End the session?',
      'live.host.noCurrent': 'No pitch is waiting. End the session when you are done.',
      'live.host.ended': 'The session has ended and the round is closed.',
      'live.judgeN': 'Judge {n}',
      'live.phase.PITCH': 'Pitch',
      'live.phase.QA': 'Q&A',
      'live.judge.submit': 'Submit scores',
      'live.judge.submitTitle': 'Submit your scores?',
      'live.judge.notOpenYet': 'Scoring opens when the host opens it, after the Q&A.',
      'live.judge.revealed': 'The scores for this pitch have been revealed.',
      'live.judge.ended': 'The session has ended. Thank you for judging!',
      'live.screen.ended': 'Thank you',
    }
    for (const [key, value] of Object.entries(expected)) expect(enKeys.get(key), key).toBe(value)
    expect(zhKeys.get('live.judgeN')).toBe('评委 {n}')
  })

  it('compiles every message in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const i18n = createAppI18n(locale)
      for (const key of enKeys.keys()) {
        const text = i18n.global.t(key, { name: 'Ann', year: 2025 })
        expect(text, `${locale}:${key}`).not.toBe(key)
      }
    }
  })
})

describe('detectLocale', () => {
  it('prefers the remembered choice', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN')
    expect(detectLocale()).toBe('zh-CN')
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en')
    expect(detectLocale()).toBe('en')
    localStorage.removeItem(LOCALE_STORAGE_KEY)
  })

  it('falls back to the browser language', () => {
    localStorage.removeItem(LOCALE_STORAGE_KEY)
    const expected = navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
    expect(detectLocale()).toBe(expected)
  })
})
