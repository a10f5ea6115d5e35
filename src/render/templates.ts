import path from 'node:path'
import { Eta } from 'eta'
import { packageFolder } from '../version.js'

/** The folder of page and deck templates and their CSS, shipped with postdeck. */
export const templatesFolder = `${path.join(packageFolder, 'templates')}${path.sep}`

/** Renders a named template of `templates/` with data; output is escaped unless the template says otherwise. */
export type TemplateRenderer = (name: string, data: object) => string

/**
 * Make the template renderer. Every `<%= %>` output is HTML-escaped; only
 * `<%~ %>`, used for HTML that postdeck itself made, is not.
 */
export function createTemplateRenderer(folder: string = templatesFolder): TemplateRenderer {
  const eta = new Eta({ views: folder, autoEscape: true, cache: true })
  return (name, data) => eta.render(name, data)
}
