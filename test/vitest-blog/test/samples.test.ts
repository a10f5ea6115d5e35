import { verifyPosts } from 'postdeck/vitest'

await verifyPosts(['content'])
