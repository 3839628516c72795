import { useI18n } from 'vue-i18n'
import type { ConflictView } from '@/api/judging'

/** The sentence a conflict of interest shows (tooltip, warning): the grid, the cards and the matrix share it. */
export function useConflictText(): (conflict: ConflictView) => string {
  const { t } = useI18n()
  return (conflict) =>
    t('rounds.dashboard.matrix.conflict', {
      source: t(`rounds.dashboard.matrix.source.${conflict.source}`),
      reason: conflict.reason,
    })
}
