import type { Page, Schema } from './contract'
import { http } from './http'
import type { AuditItem } from './judging'

export type { AuditItem }

export type ChainProblem = Schema<'AuditChain.Problem'>

/** The audit trail's hash chain, checked end to end. */
export type ChainVerification = Schema<'AuditChain.Verification'>

const id = (value: number | string) => encodeURIComponent(String(value))

/** The program's audit trail: announcements, corrections, round changes, scores. */
export function getProgramAudit(programId: number | string): Promise<Page<AuditItem>> {
  return http<Page<AuditItem>>(`/programs/${id(programId)}/audit`)
}

/**
 * Checks the chain for one program (its organizers): its records in detail, the rest of the
 * chain only as intact or not. `checked` counts the program's records.
 */
export function verifyProgramAudit(programId: number | string): Promise<ChainVerification> {
  return http<ChainVerification>(`/programs/${id(programId)}/audit/verify`, { method: 'POST' })
}
