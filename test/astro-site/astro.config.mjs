import { defineConfig } from 'astro/config'
import postdeck from 'postdeck/astro'

export default defineConfig({ integrations: [postdeck()] })
