import { describe, expect, it } from 'vitest'
import en from './en'

type Tree = { [key: string]: string | Tree }

function get(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}

describe('messages the winners journey (e2e/winners.spec.ts) relies on', () => {
  it('keeps its labels', () => {
    const expected: Record<string, string> = {
      'winners.organizer.link': 'Winners',
      'winners.organizer.title': 'Winners',
      'winners.organizer.tiersTitle': 'Winners by prize tier',
      'winners.organizer.proposalOf': 'Proposed for {tier}',
      'winners.organizer.asRanked': 'As ranked',
      'winners.organizer.changed': 'Changed',
      'winners.organizer.remove': 'Remove {title} from {tier}',
      'winners.organizer.add': 'Add a winner to {tier}',
      'winners.organizer.publishScores': 'Publish scores and ranks',
      'winners.organizer.releaseFeedback': 'Release the judges’ feedback to applicants',
      'winners.organizer.publish': 'Publish winners',
      'winners.organizer.publishCorrection': 'Publish correction (v{version})',
      'winners.organizer.published': 'Winners published.',
      'winners.organizer.correctionPublished': 'Correction published as version {version}.',
      'winners.organizer.reason': 'Reason for departing from the ranking',
      'winners.organizer.reasonRequired': 'Please say why the winners depart from the ranking.',
      'winners.organizer.notPublished': 'Not published yet',
      'winners.organizer.publishedVersion': 'Published, version {version}',
      'winners.publish.title': 'Publish the winners?',
      'winners.publish.correctionTitle': 'Publish version {version}?',
      'winners.publish.confirm': 'Publish',
      'winners.publish.confirmCorrection': 'Publish version {version}',
      'winners.publish.scoresOn': 'Scores and ranks are published',
      'winners.publish.note': 'Correction note (public)',
      'winners.publish.noteRequired': 'Please say what this correction changes.',
      'winners.history.title': 'Published versions',
      'winners.history.latest': 'Current',
      'winners.history.correction': 'Correction',
      'winners.audit.title': 'Audit trail',
      'winners.audit.verify': 'Verify audit trail',
      'winners.audit.valid': 'The audit trail is intact.',
      'winners.audit.actions.ANNOUNCEMENT_PUBLISHED': 'Winners published',
      'winners.outcome.awarded': 'Your entry won {tier}',
      'winners.outcome.certificate': 'Download certificate (PDF)',
      'winners.outcome.judgeN': 'Judge {n}',
      'winners.public.seeWinners': 'See the winners',
      'winners.public.versions': 'Versions',
      'winners.public.version': 'v{version}',
      'winners.public.fingerprint': 'Fingerprint (SHA-256)',
      'certificates.supersededTitle': 'Superseded by a correction',
    }
    for (const [key, value] of Object.entries(expected)) expect(get(en as Tree, key), key).toBe(value)
  })
})
