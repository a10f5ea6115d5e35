import path from 'node:path'

/** Whether `target` is `folder` or lies below it, by path alone. */
export function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target)
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
  )
}
