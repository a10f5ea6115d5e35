export { type CacheFolder, cacheFolder } from './cache-folder.js'
export type { PostSource } from './content/find-posts.js'
export type { CalendarDate, FrontMatter } from './content/front-matter-schema.js'
export type { Post } from './content/load-post.js'
export { defineConfig, type PostdeckConfig } from './content/site-config.js'
export { type RuleId, ruleIds } from './messages.js'
export {
  type BuildOptions,
  build,
  renderSite,
  type SiteResult,
  type VerifyResult,
  verify,
  type WriteBuildOptions,
} from './pipeline.js'
export type { SiteOptions } from './render/page-context.js'
export type { Progress } from './site-builder/site-builder.js'
export type { Comparison, DiffLine } from './verify/compare/compare-output.js'
export type { Annotations } from './verify/read/annotations.js'
export type { DocumentedOutput } from './verify/read/outputs/documented-output.js'
export type { Sample, SampleMode } from './verify/read/remark-extract-samples.js'
export type { RunResult } from './verify/run/run-process.js'
export type { Shard, VerifyPostsOptions } from './verify/verify-posts.js'
export type { SampleResult } from './verify/verify-samples.js'
export type { OutputFile } from './write/output-file.js'
