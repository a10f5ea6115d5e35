/** A file of the built site, by its path relative to the output folder (`/` separators). */
export type OutputFile =
  | { path: string; contents: string | Uint8Array }
  | { path: string; copyFrom: string }
