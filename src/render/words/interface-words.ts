declare module 'vfile' {
  interface DataMap {
    /** The interface words of the post's page and deck, in its language; set before rendering. */
    words: InterfaceWords
  }
}

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

const english: InterfaceWords = {
  published: 'Published',
  updated: 'Updated',
  minutesRead: '{n} min read',
  contents: 'Contents',
  tags: 'Tags',
  tag: 'Tag',
  category: 'Category',
  presentPost: 'Present this post',
  presentFromHere: 'Present from here',
  linkToSection: 'Link to this section',
  morePosts: 'More posts',
  newer: 'Newer',
  older: 'Older',
  skipToContent: 'Skip to content',
  builtWith: 'Built with postdeck',
  feed: 'Feed',
  readThePost: 'Read the post',
  onThePage: 'On the page',
  slides: 'slides',
  verifiedOutput: 'Verified: the real output matches',
  verifiedRuns: 'Verified: it runs',
  copy: 'Copy',
  copied: 'Copied',
  footnotes: 'Footnotes',
  backToContent: 'Back to content',
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
  colon: ': ',
  moreOnPage: '',
  moreOutput: '',
  diagram: 'diagram',
  previousSlide: 'previous slide',
  nextSlide: 'next slide',
  slideAbove: 'above slide',
  slideBelow: 'below slide',
  resumePresentation: 'Resume presentation',
  enlargeImage: 'Enlarge image',
  closeImage: 'Close',
  blog: 'Blog',
  collapsedLine: '1 collapsed line',
  collapsedLines: '{n} collapsed lines',
  devVerifying: 'postdeck: verifying samples…',
  devOneFailure: 'postdeck: 1 sample fails',
  devFailures: 'postdeck: {n} samples fail',
  devStillVerifying: ' (verifying…)',
  devOpenInEditor: 'Open in the editor',
  devHide: 'Hide',
  devBuildFailed: 'The build failed',
  devFixOne: 'The page comes back as soon as the problem is fixed; this tab reloads by itself.',
  devFixMany: 'The page comes back as soon as the problems are fixed; this tab reloads by itself.',
  failedOutput: '',
  failedExit: '',
  failedSyntax: '',
  failedTimeout: '',
  failedTooLarge: '',
  failedLimit: '',
}

const simplifiedChinese: InterfaceWords = {
  published: '发布于',
  updated: '更新于',
  minutesRead: '{n} 分钟读完',
  contents: '目录',
  tags: '标签',
  tag: '标签',
  category: '分类',
  presentPost: '以幻灯片放映',
  presentFromHere: '从这里放映',
  linkToSection: '本节链接',
  morePosts: '更多文章',
  newer: '较新',
  older: '较早',
  skipToContent: '跳到正文',
  builtWith: '由 postdeck 生成',
  feed: '订阅',
  readThePost: '阅读全文',
  onThePage: '看原文',
  slides: '幻灯片',
  verifiedOutput: '已验证：实际输出一致',
  verifiedRuns: '已验证：可以运行',
  copy: '复制',
  copied: '已复制',
  footnotes: '脚注',
  backToContent: '返回正文',
  note: '注意',
  tip: '提示',
  important: '重要',
  warning: '警告',
  caution: '小心',
  colon: '：',
  moreOnPage: '还有 {slides} 张幻灯片的内容（{blocks} 块）在原文里',
  moreOutput: '还有 {n} 行输出在原文里',
  diagram: '图表',
  previousSlide: '上一张幻灯片',
  nextSlide: '下一张幻灯片',
  slideAbove: '上方的幻灯片',
  slideBelow: '下方的幻灯片',
  resumePresentation: '继续放映',
  enlargeImage: '放大图片',
  closeImage: '关闭',
  blog: '博客',
  collapsedLine: '已折叠 1 行',
  collapsedLines: '已折叠 {n} 行',
  devVerifying: 'postdeck：正在验证代码示例…',
  devOneFailure: 'postdeck：1 个代码示例未通过',
  devFailures: 'postdeck：{n} 个代码示例未通过',
  devStillVerifying: '（验证中…）',
  devOpenInEditor: '在编辑器中打开',
  devHide: '隐藏',
  devBuildFailed: '构建失败',
  devFixOne: '问题修好后页面会回来，此标签页会自动刷新。',
  devFixMany: '问题修好后页面会回来，此标签页会自动刷新。',
  failedOutput: '输出与文中写的不一致',
  failedExit: '退出状态不对',
  failedSyntax: '无法解析',
  failedTimeout: '超时',
  failedTooLarge: '输出太多',
  failedLimit: '超出资源限制',
}

const traditionalChinese: InterfaceWords = {
  published: '發佈於',
  updated: '更新於',
  minutesRead: '{n} 分鐘讀完',
  contents: '目錄',
  tags: '標籤',
  tag: '標籤',
  category: '分類',
  presentPost: '以投影片放映',
  presentFromHere: '從這裡放映',
  linkToSection: '本節連結',
  morePosts: '更多文章',
  newer: '較新',
  older: '較早',
  skipToContent: '跳到正文',
  builtWith: '由 postdeck 產生',
  feed: '訂閱',
  readThePost: '閱讀全文',
  onThePage: '看原文',
  slides: '投影片',
  verifiedOutput: '已驗證：實際輸出一致',
  verifiedRuns: '已驗證：可以執行',
  copy: '複製',
  copied: '已複製',
  footnotes: '註腳',
  backToContent: '返回正文',
  note: '注意',
  tip: '提示',
  important: '重要',
  warning: '警告',
  caution: '小心',
  colon: '：',
  moreOnPage: '還有 {slides} 張投影片的內容（{blocks} 塊）在原文裡',
  moreOutput: '還有 {n} 行輸出在原文裡',
  diagram: '圖表',
  previousSlide: '上一張投影片',
  nextSlide: '下一張投影片',
  slideAbove: '上方的投影片',
  slideBelow: '下方的投影片',
  resumePresentation: '繼續放映',
  enlargeImage: '放大圖片',
  closeImage: '關閉',
  blog: '部落格',
  collapsedLine: '已摺疊 1 行',
  collapsedLines: '已摺疊 {n} 行',
  devVerifying: 'postdeck：正在驗證程式碼範例…',
  devOneFailure: 'postdeck：1 個程式碼範例未通過',
  devFailures: 'postdeck：{n} 個程式碼範例未通過',
  devStillVerifying: '（驗證中…）',
  devOpenInEditor: '在編輯器中開啟',
  devHide: '隱藏',
  devBuildFailed: '建置失敗',
  devFixOne: '問題修好後頁面會回來，此分頁會自動重新載入。',
  devFixMany: '問題修好後頁面會回來，此分頁會自動重新載入。',
  failedOutput: '輸出與文中寫的不一致',
  failedExit: '結束狀態不對',
  failedSyntax: '無法剖析',
  failedTimeout: '逾時',
  failedTooLarge: '輸出太多',
  failedLimit: '超出資源限制',
}

const japanese: InterfaceWords = {
  published: '公開',
  updated: '更新',
  minutesRead: '{n} 分で読めます',
  contents: '目次',
  tags: 'タグ',
  tag: 'タグ',
  category: 'カテゴリー',
  presentPost: 'スライドで発表',
  presentFromHere: 'ここから発表',
  linkToSection: 'この節へのリンク',
  morePosts: 'ほかの記事',
  newer: '新しい記事',
  older: '古い記事',
  skipToContent: '本文へ移動',
  builtWith: 'postdeck で作成',
  feed: 'フィード',
  readThePost: '記事を読む',
  onThePage: '記事で見る',
  slides: 'スライド',
  verifiedOutput: '検証済み：実際の出力と一致',
  verifiedRuns: '検証済み：実行できます',
  copy: 'コピー',
  copied: 'コピーしました',
  footnotes: '脚注',
  backToContent: '本文に戻る',
  note: 'ノート',
  tip: 'ヒント',
  important: '重要',
  warning: '警告',
  caution: '注意',
  colon: '：',
  moreOnPage: '残り {slides} 枚分（{blocks} ブロック）は記事にあります',
  moreOutput: '残り {n} 行の出力は記事にあります',
  diagram: '図',
  previousSlide: '前のスライド',
  nextSlide: '次のスライド',
  slideAbove: '上のスライド',
  slideBelow: '下のスライド',
  resumePresentation: '発表を再開',
  enlargeImage: '画像を拡大',
  closeImage: '閉じる',
  blog: 'ブログ',
  collapsedLine: '1 行を折りたたみ',
  collapsedLines: '{n} 行を折りたたみ',
  devVerifying: 'postdeck：コード例を検証中…',
  devOneFailure: 'postdeck：1 件のコード例が失敗',
  devFailures: 'postdeck：{n} 件のコード例が失敗',
  devStillVerifying: '（検証中…）',
  devOpenInEditor: 'エディターで開く',
  devHide: '閉じる',
  devBuildFailed: 'ビルドに失敗しました',
  devFixOne: '問題が直るとページが戻ります。このタブは自動で再読み込みされます。',
  devFixMany: '問題が直るとページが戻ります。このタブは自動で再読み込みされます。',
  failedOutput: '出力が記事と違います',
  failedExit: '終了ステータスが違います',
  failedSyntax: '構文を解析できません',
  failedTimeout: '時間切れ',
  failedTooLarge: '出力が多すぎます',
  failedLimit: '資源の上限を超えました',
}

const korean: InterfaceWords = {
  published: '게시',
  updated: '수정',
  minutesRead: '{n}분 분량',
  contents: '목차',
  tags: '태그',
  tag: '태그',
  category: '카테고리',
  presentPost: '슬라이드로 발표',
  presentFromHere: '여기서부터 발표',
  linkToSection: '이 절의 링크',
  morePosts: '다른 글',
  newer: '다음 글',
  older: '이전 글',
  skipToContent: '본문으로 건너뛰기',
  builtWith: 'postdeck으로 만듦',
  feed: '피드',
  readThePost: '글 읽기',
  onThePage: '글에서 보기',
  slides: '슬라이드',
  verifiedOutput: '검증됨: 실제 출력과 일치',
  verifiedRuns: '검증됨: 실행됨',
  copy: '복사',
  copied: '복사됨',
  footnotes: '각주',
  backToContent: '본문으로',
  note: '참고',
  tip: '팁',
  important: '중요',
  warning: '경고',
  caution: '주의',
  colon: ': ',
  moreOnPage: '나머지 슬라이드 {slides}장 분량({blocks}개 블록)은 글에 있습니다',
  moreOutput: '나머지 출력 {n}줄은 글에 있습니다',
  diagram: '다이어그램',
  previousSlide: '이전 슬라이드',
  nextSlide: '다음 슬라이드',
  slideAbove: '위 슬라이드',
  slideBelow: '아래 슬라이드',
  resumePresentation: '발표 계속',
  enlargeImage: '이미지 확대',
  closeImage: '닫기',
  blog: '블로그',
  collapsedLine: '접힌 줄 1개',
  collapsedLines: '접힌 줄 {n}개',
  devVerifying: 'postdeck: 코드 예제 검증 중…',
  devOneFailure: 'postdeck: 코드 예제 1개 실패',
  devFailures: 'postdeck: 코드 예제 {n}개 실패',
  devStillVerifying: ' (검증 중…)',
  devOpenInEditor: '편집기에서 열기',
  devHide: '숨기기',
  devBuildFailed: '빌드 실패',
  devFixOne: '문제가 고쳐지면 페이지가 돌아옵니다. 이 탭은 저절로 새로 고쳐집니다.',
  devFixMany: '문제가 고쳐지면 페이지가 돌아옵니다. 이 탭은 저절로 새로 고쳐집니다.',
  failedOutput: '출력이 글과 다름',
  failedExit: '종료 상태가 다름',
  failedSyntax: '구문 분석 불가',
  failedTimeout: '시간 초과',
  failedTooLarge: '출력이 너무 많음',
  failedLimit: '자원 한도 초과',
}

const byLanguage: Record<string, InterfaceWords> = {
  en: english,
  'zh-cn': simplifiedChinese,
  'zh-hans': simplifiedChinese,
  'zh-sg': simplifiedChinese,
  zh: simplifiedChinese,
  'zh-tw': traditionalChinese,
  'zh-hk': traditionalChinese,
  'zh-mo': traditionalChinese,
  'zh-hant': traditionalChinese,
  ja: japanese,
  ko: korean,
}

/**
 * The interface words for a language tag (`zh_CN`, `zh-TW`, `ja-JP`, …):
 * the closest language postdeck has, English when it has none, with the
 * site's own `words` for that tag (or its first part) laid over them.
 */
export function interfaceWords(
  lang: string,
  overrides: Record<string, Record<string, string>> = {},
): InterfaceWords {
  const tag = lang.trim().replaceAll('_', '-').toLowerCase()
  const base = tag.split('-')[0] ?? ''
  const words = byLanguage[tag] ?? byLanguage[base] ?? english
  const own = Object.entries(overrides).filter(([key]) =>
    [tag, base].includes(key.replaceAll('_', '-').toLowerCase()),
  )
  return Object.assign({}, words, ...own.map(([, value]) => value))
}

/** What a deck says of what a slide leaves to the page, in one language. */
export interface DeckNotes {
  /** `… 2 more slides of it (5 blocks) on the page`, after a section cut short. */
  moreSlides(slides: number, blocks: number): string
  /** `… 12 more lines of output on the page`, under the head of a long output. */
  moreOutput(lines: number): string
}

/** The deck's notes of `words`: their own phrases, or English where they have none. */
export function deckNotes(words: InterfaceWords): DeckNotes {
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
  return {
    moreSlides: (slides, blocks) =>
      `… ${
        words.moreOnPage
          ? words.moreOnPage.replace('{slides}', String(slides)).replace('{blocks}', String(blocks))
          : `${slides} more ${slides === 1 ? 'slide' : 'slides'} of it (${plural(blocks, 'block')}) on the page`
      }`,
    moreOutput: (lines) =>
      `… ${
        words.moreOutput
          ? words.moreOutput.replace('{n}', String(lines))
          : `${plural(lines, 'more line')} of output on the page`
      }`,
  }
}

/** A calendar date (`2026-02-07`) written the locale's way (`2026年2月7日`, `February 7, 2026`). */
export function formatDate(date: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return date
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  try {
    return new Intl.DateTimeFormat(lang.replaceAll('_', '-'), {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(day)
  } catch {
    return date
  }
}
