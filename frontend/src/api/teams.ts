import type { Schema } from './contract'
import { http } from './http'

export type TeamView = Schema<'TeamViews.TeamView'>
export type TeamMemberView = Schema<'TeamViews.MemberView'>
export type TeamInvitation = Schema<'TeamViews.InvitationView'>
export type InvitationPreview = Schema<'TeamViews.InvitationPreview'>
export type TeamRole = Schema<'TeamRole'>

const id = (value: number | string) => encodeURIComponent(String(value))

/** The entry's team: owner, members and (for the owner) pending invitations. */
export function getTeam(entryId: number): Promise<TeamView> {
  return http<TeamView>(`/entries/${id(entryId)}/members`)
}

/** The owner invites someone by email; the server emails them a single-use link. */
export function inviteMember(entryId: number, email: string, role?: string | null): Promise<TeamView> {
  return http<TeamView>(`/entries/${id(entryId)}/invitations`, {
    method: 'POST',
    body: { email, role: role || null },
  })
}

export function revokeInvitation(entryId: number, invitationId: number): Promise<void> {
  return http<void>(`/entries/${id(entryId)}/invitations/${id(invitationId)}`, { method: 'DELETE' })
}

/** The owner removes a member; a member leaves by passing their own id. */
export function removeMember(entryId: number, userId: number): Promise<void> {
  return http<void>(`/entries/${id(entryId)}/members/${id(userId)}`, { method: 'DELETE' })
}

export function transferOwnership(entryId: number, userId: number): Promise<TeamView> {
  return http<TeamView>(`/entries/${id(entryId)}/owner`, { method: 'POST', body: { userId } })
}

export function previewInvitation(token: string): Promise<InvitationPreview> {
  return http<InvitationPreview>(`/invitations/${id(token)}`)
}

export function acceptInvitation(token: string): Promise<TeamView> {
  return http<TeamView>(`/invitations/${id(token)}/accept`, { method: 'POST' })
}
