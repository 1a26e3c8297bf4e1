import { useEffect } from 'react'
import { messages } from '../messages/vi'

/** Sets the browser tab title to "<page> — ANTQ" (or the full app title without a page). */
export function useDocumentTitle(page?: string): void {
  useEffect(() => {
    document.title = page ? messages.app.pageTitle(page) : messages.app.title
  }, [page])
}
