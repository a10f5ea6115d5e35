import { VFile } from 'vfile'
import type { PostSource } from '../content/find-posts.js'
import type { Post } from '../content/load-post.js'
import type { Sample } from '../verify/read/remark-extract-samples.js'
import { runnerFor } from '../verify/runners.js'
import type { InspectedPost, PostSummary, SampleRecord } from './post-work.js'

/** The post's file, with the messages it got when read and its samples, ready to verify. */
export function fileOf(source: PostSource, inspected: InspectedPost): VFile {
  const file = new VFile({ path: source.path })
  for (const record of inspected.messages) {
    const message = file.message(record.reason, {
      place: record.place,
      ruleId: record.ruleId,
      source: 'postdeck',
    })
    message.fatal = record.fatal
  }
  file.data.samples = inspected.samples.map(sampleOf)
  return file
}

function sampleOf({ runner: id, ...record }: SampleRecord): Sample {
  const runner = runnerFor(id)
  if (!runner) throw new Error(`No runner \`${id}\``)
  return { ...record, runner }
}

/** The post as the slug check reads it: its slug, front matter and file. */
export function postOf(file: VFile, summary: PostSummary): Post {
  return { slug: summary.slug, frontMatter: summary.frontMatter, file }
}
