import { describe, expect, it } from 'vitest'
import { browserGlobalShown } from '../../src/verify/read/not-checkable/needs/browser-only.js'

const nodeGlobal = '<ref *1> Object [global] {\n  global: [Circular *1],\n}\n'

describe('browserGlobalShown', () => {
  it("finds a browser's global object shown where Node printed its own", () => {
    expect(browserGlobalShown(['Window {postMessage: ƒ, blur: ƒ, …}'], nodeGlobal)).toBe(true)
    expect(browserGlobalShown(['1, 2, this -> Window'], `1 2 ${nodeGlobal}`)).toBe(true)
    expect(browserGlobalShown(['[object Window]'], '[object global]\n')).toBe(true)
  })

  it("leaves a Window claimed where Node printed something else, and Node's global claimed as such", () => {
    expect(browserGlobalShown(['Window {postMessage: ƒ, …}'], 'undefined\n')).toBe(false)
    expect(browserGlobalShown(['Window.open is a function'], nodeGlobal)).toBe(false)
    expect(browserGlobalShown(['Object [global] {'], nodeGlobal)).toBe(false)
  })
})
