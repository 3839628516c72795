import { describe, expect, it } from 'vitest'
import { accentBinding } from './accent'

describe('accentBinding', () => {
  it('sets the accent and the server’s text colour as custom properties, with the marker class', () => {
    expect(accentBinding({ accentColor: '#0B4F4A', accentText: '#FFFFFF' })).toEqual({
      class: 'has-program-accent',
      style: { '--program-accent': '#0B4F4A', '--program-accent-text': '#FFFFFF' },
    })
  })

  it('leaves the house colours without an accent', () => {
    expect(accentBinding({ accentColor: null, accentText: null })).toEqual({})
    expect(accentBinding(null)).toEqual({})
    expect(accentBinding(undefined)).toEqual({})
  })

  it('never puts something that is not a colour into a style', () => {
    expect(accentBinding({ accentColor: 'red; background: url(x)', accentText: '#FFFFFF' })).toEqual({})
    expect(accentBinding({ accentColor: '#0B4F4A', accentText: null })).toEqual({})
  })
})
