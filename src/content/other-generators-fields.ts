/**
 * Whether a front-matter value is another site generator's meaning of a field
 * postdeck's schema also has: Jekyll's `published: true` / `false`, which says
 * whether to publish the post, not when. Read for its samples only, such a post
 * is verified (with a warning, as for a field left out); its page still needs a date.
 */
export function isOtherGeneratorsField(field: PropertyKey | undefined, value: unknown): boolean {
  return field === 'published' && typeof value === 'boolean'
}
