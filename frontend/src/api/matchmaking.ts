import type { Schema } from './contract'
import { http, httpBlob, type DownloadedFile } from './http'

// ---- shapes: the server's, named --------------------------------------------------------------

/** A meeting as either side sees it; `allowedActions` is the server's rule for the reader now. */
export type Meeting = Schema<'MatchmakingViews.MeetingView'>
export type MeetingStep = Meeting['allowedActions'][number]
export type MeetingStatus = Meeting['status']
/** A project as an investor sees it: only what its team chose, its stage slot, the score band if shown. */
export type InvestorProject = Schema<'MatchmakingViews.Project'>
export type InvestorProjects = Schema<'MatchmakingViews.Projects'>
export type InvestorProgram = Schema<'MatchmakingViews.InvestorProgram'>
export type MeetingRequest = Schema<'MatchmakingViews.MeetingRequest'>
export type AcceptRequest = Schema<'MatchmakingViews.AcceptRequest'>
export type Investor = Schema<'MatchmakingViews.InvestorView'>
export type InviteInvestorRequest = Schema<'MatchmakingViews.InviteRequest'>
export type MatchmakingBoard = Schema<'MatchmakingViews.Board'>
export type MatchmakingSettings = Schema<'MatchmakingViews.SettingsView'>
/** What an entry shows investors: its owner's choice (`canChange`: the reader owns the entry). */
export type InvestorShare = Schema<'EntryInvestorShare.ShareView'>
export type InvestorShareField = InvestorShare['fields'][number]

interface Page<T> {
  items: T[]
}

export interface ProjectFilters {
  categoryId?: number | null
  topicId?: number | null
  stage?: string | null
  band?: string | null
}

const id = (value: number | string) => encodeURIComponent(String(value))

// ---- the investor ------------------------------------------------------------------------------

export async function getInvestorPrograms(): Promise<InvestorProgram[]> {
  return (await http<Page<InvestorProgram>>('/investor/programs')).items
}

export function getInvestorProjects(programId: number, filters: ProjectFilters = {}): Promise<InvestorProjects> {
  const query = new URLSearchParams()
  if (filters.categoryId) query.set('categoryId', String(filters.categoryId))
  if (filters.topicId) query.set('topicId', String(filters.topicId))
  if (filters.stage) query.set('stage', filters.stage)
  if (filters.band) query.set('band', filters.band)
  const suffix = query.toString() ? `?${query.toString()}` : ''
  return http<InvestorProjects>(`/investor/programs/${id(programId)}/projects${suffix}`)
}

/** Opening a project is recorded in the audit trail with the parts shown. */
export function getInvestorProject(entryId: number): Promise<InvestorProject> {
  return http<InvestorProject>(`/investor/projects/${id(entryId)}`)
}

export function setInterest(entryId: number, interested: boolean): Promise<InvestorProject> {
  return http<InvestorProject>(`/investor/projects/${id(entryId)}/interest`, {
    method: 'PUT',
    body: { interested },
  })
}

export function requestMeeting(entryId: number, body: MeetingRequest): Promise<Meeting> {
  return http<Meeting>(`/investor/projects/${id(entryId)}/meetings`, { method: 'POST', body })
}

export async function getInvestorMeetings(): Promise<Meeting[]> {
  return (await http<Page<Meeting>>('/investor/meetings')).items
}

/** A file the team shares; the download is recorded in the audit trail. */
export function downloadSharedFile(entryId: number, fileId: number): Promise<DownloadedFile> {
  return httpBlob(`/investor/projects/${id(entryId)}/files/${id(fileId)}`)
}

// ---- the team -----------------------------------------------------------------------------------

export function getInvestorShare(entryId: number): Promise<InvestorShare> {
  return http<InvestorShare>(`/entries/${id(entryId)}/investor-share`)
}

export function saveInvestorShare(
  entryId: number,
  body: { shared: boolean; fields: InvestorShareField[]; fileIds: number[] },
): Promise<InvestorShare> {
  return http<InvestorShare>(`/entries/${id(entryId)}/investor-share`, { method: 'PUT', body })
}

export async function getEntryMeetings(entryId: number): Promise<Meeting[]> {
  return (await http<Page<Meeting>>(`/entries/${id(entryId)}/meetings`)).items
}

export function acceptMeeting(meetingId: number, body: AcceptRequest): Promise<Meeting> {
  return http<Meeting>(`/meetings/${id(meetingId)}/accept`, { method: 'POST', body })
}

export function declineMeeting(meetingId: number, reply: string | null): Promise<Meeting> {
  return http<Meeting>(`/meetings/${id(meetingId)}/decline`, { method: 'POST', body: { reply } })
}

export function cancelMeeting(meetingId: number, reply: string | null): Promise<Meeting> {
  return http<Meeting>(`/meetings/${id(meetingId)}/cancel`, { method: 'POST', body: { reply } })
}

// ---- the organizer --------------------------------------------------------------------------------

export async function getInvestors(programId: number): Promise<Investor[]> {
  return (await http<Page<Investor>>(`/programs/${id(programId)}/investors`)).items
}

export function inviteInvestor(programId: number, body: InviteInvestorRequest): Promise<Investor> {
  return http<Investor>(`/programs/${id(programId)}/investors`, { method: 'POST', body })
}

export function getMatchmakingBoard(programId: number): Promise<MatchmakingBoard> {
  return http<MatchmakingBoard>(`/programs/${id(programId)}/matchmaking`)
}

export function saveMatchmakingSettings(programId: number, scoreBands: boolean): Promise<MatchmakingSettings> {
  return http<MatchmakingSettings>(`/programs/${id(programId)}/matchmaking/settings`, {
    method: 'PUT',
    body: { scoreBands },
  })
}

export function exportMatchmaking(programId: number, format: 'csv' | 'xlsx'): Promise<DownloadedFile> {
  return httpBlob(`/programs/${id(programId)}/matchmaking/export?format=${format}`)
}
