import { http } from './http'
import type { Page } from './identity'
import type { AuditItem } from './judging'

export type { AuditItem }

export interface ChainProblem {
  chainSeq: number
  recordId: number | null
  problem: string
}

/** The audit trail's hash chain, checked end to end. */
export interface ChainVerification {
  valid: boolean
  checked: number
  problems: ChainProblem[]
}

const id = (value: number | string) => encodeURIComponent(String(value))

/** The program's audit trail: announcements, corrections, round changes, scores. */
export function getProgramAudit(programId: number | string): Promise<Page<AuditItem>> {
  return http<Page<AuditItem>>(`/programs/${id(programId)}/audit`)
}

/** Checks the whole trail's chain (organizers and admins). */
export function verifyAuditTrail(): Promise<ChainVerification> {
  return http<ChainVerification>('/audit/verify', { method: 'POST' })
}
