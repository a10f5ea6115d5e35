import { describe, expect, it } from 'vitest'
import { systemStateNeed } from '../../src/verify/read/not-checkable/system-state.js'
import { sampleOf } from './sample-of.js'

describe('systemStateNeed', () => {
  it.each([
    ['ip', 'ip netns add net1\nip netns ls'],
    ['ip', 'ip netns exec net0 ping -c 3 10.0.1.2'],
    ['bridge', 'bridge link'],
    ['iptables', 'sudo iptables -L -n'],
  ])('reads `%s` as the network of the author machine', (name, code) => {
    expect(systemStateNeed(sampleOf('bash', code, 'net1'))).toBe(
      `needs the author's machine: \`${name}\` describes its state`,
    )
  })

  it('leaves a variable named ip and a function of the sample own', () => {
    expect(systemStateNeed(sampleOf('bash', 'ip=10.0.0.1\necho "$ip"', '10.0.0.1'))).toBeUndefined()
    expect(
      systemStateNeed(sampleOf('bash', 'route() { echo "$1"; }\nroute home', 'home')),
    ).toBeUndefined()
  })
})
