/** Every word postdeck adds to a page or a deck, in one language. `{n}` stands for a number. */
export interface InterfaceWords {
  published: string
  updated: string
  minutesRead: string
  contents: string
  tags: string
  tag: string
  category: string
  presentPost: string
  presentFromHere: string
  linkToSection: string
  morePosts: string
  newer: string
  older: string
  skipToContent: string
  builtWith: string
  feed: string
  readThePost: string
  onThePage: string
  slides: string
  verifiedOutput: string
  verifiedRuns: string
  copy: string
  copied: string
  footnotes: string
  backToContent: string
  note: string
  tip: string
  important: string
  warning: string
  caution: string
  colon: string
  /** A deck's note that a long section goes on on the page; empty: the deck's own English. */
  moreOnPage: string
  /** A deck's note under the head of a long output that the rest is on the page; empty: English. */
  moreOutput: string
  /** A deck's note under the head of code too long to show whole that the rest is on the page; empty: English. */
  moreCode: string
  /** What a drawn Mermaid diagram is called, read aloud. */
  diagram: string
  /** reveal.js's controls. */
  previousSlide: string
  nextSlide: string
  slideAbove: string
  slideBelow: string
  resumePresentation: string
  /** The deck's image viewer: what a slide's image does, and the viewer's close button. */
  enlargeImage: string
  closeImage: string
  /** The site's name when the config gives none. */
  blog: string
  /** The summary of folded code lines. */
  collapsedLine: string
  collapsedLines: string
  devVerifying: string
  devOneFailure: string
  devFailures: string
  devStillVerifying: string
  devOpenInEditor: string
  devHide: string
  devBuildFailed: string
  devFixOne: string
  devFixMany: string
  /** Why a sample failed, by kind, for the dev overlay; empty: the sample's own summary. */
  failedOutput: string
  failedExit: string
  failedSyntax: string
  failedTimeout: string
  failedTooLarge: string
  failedLimit: string
}
