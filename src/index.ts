export type { PostSource } from './content/find-posts.js'
export type { CalendarDate, FrontMatter } from './content/front-matter-schema.js'
export type { Post } from './content/load-post.js'
export { type RuleId, ruleIds } from './messages.js'
export {
  type BuildOptions,
  build,
  renderSite,
  type SiteResult,
  type WriteBuildOptions,
} from './pipeline.js'
export type { SiteOptions } from './render/page-context.js'
export type { OutputFile } from './write/output-file.js'
