import { postdeck } from './integration.js'

export * from '../unified/index.js'
export { astroSlug, deckFiles } from './deck-files.js'
export {
  type PostdeckAstroOptions,
  PostdeckBuildError,
  type PostdeckIntegration,
  postdeck,
} from './integration.js'
export default postdeck
