import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { isApiError } from '@/api/http'
import { downloadAttachment, type Attachment } from '@/api/entries'
import { saveBlob } from '@/utils/download'

/** Downloads an entry's attachment with the bearer token and saves it under its own name. */
export function useAttachmentDownload() {
  const { t } = useI18n()
  const downloading = ref<number | null>(null)

  async function download(entryId: number, attachment: Attachment): Promise<void> {
    if (downloading.value === attachment.id) return
    downloading.value = attachment.id
    try {
      const file = await downloadAttachment(entryId, attachment.id)
      saveBlob(file.blob, file.filename ?? attachment.fileName)
    } catch (error) {
      ElMessage.error(isApiError(error) ? error.detail : t('entries.upload.downloadFailed'))
    } finally {
      downloading.value = null
    }
  }

  return { downloading, download }
}
