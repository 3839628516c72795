import type { InstitutionAlias } from '@/api/participation'

/**
 * One row of the alias editor. `key` stays with the row while rows above it come and go, so a
 * server error named by index ("aliases[2].alias") can be pinned to the row that was sent there.
 */
export interface AliasRow {
  key: string
  alias: string
  canonical: string
}

let next = 0

export function newAliasRow(alias = '', canonical = ''): AliasRow {
  next += 1
  return { key: `a${next}`, alias, canonical }
}

export function toAliasRows(aliases: readonly InstitutionAlias[]): AliasRow[] {
  return aliases.map((a) => newAliasRow(a.alias, a.canonical))
}

/** What is sent: rows left wholly blank are dropped; `keys` are the sent rows' keys, by index. */
export function toAliasList(rows: readonly AliasRow[]): { aliases: InstitutionAlias[]; keys: string[] } {
  const sent = rows
    .map((row) => ({ key: row.key, alias: row.alias.trim(), canonical: row.canonical.trim() }))
    .filter((row) => row.alias !== '' || row.canonical !== '')
  return {
    aliases: sent.map(({ alias, canonical }) => ({ alias, canonical })),
    keys: sent.map((row) => row.key),
  }
}
