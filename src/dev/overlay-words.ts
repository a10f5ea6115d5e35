import { ruleIds } from '../messages.js'
import type { InterfaceWords } from '../render/words/word-list.js'

/** The words of the dev overlay, as its script reads them from `data-words`. */
export interface OverlayWords {
  verifying: string
  oneFailure: string
  failures: string
  stillVerifying: string
  openInEditor: string
  hide: string
  /** Why a sample failed, by rule id; a rule not named here shows the sample's own summary. */
  byRule: Record<string, string>
}

/** The overlay's words in one language, picked from the interface words. */
export function overlayWords(words: InterfaceWords): OverlayWords {
  const byRule: Record<string, string> = {
    [ruleIds.sampleOutput]: words.failedOutput,
    [ruleIds.sampleExit]: words.failedExit,
    [ruleIds.sampleSyntax]: words.failedSyntax,
    [ruleIds.sampleTimeout]: words.failedTimeout,
    [ruleIds.sampleOutputTooLarge]: words.failedTooLarge,
    [ruleIds.sampleLimit]: words.failedLimit,
  }
  return {
    verifying: words.devVerifying,
    oneFailure: words.devOneFailure,
    failures: words.devFailures,
    stillVerifying: words.devStillVerifying,
    openInEditor: words.devOpenInEditor,
    hide: words.devHide,
    // Note: an empty word (English) keeps the summary, which says more.
    byRule: Object.fromEntries(Object.entries(byRule).filter(([, word]) => word !== '')),
  }
}
