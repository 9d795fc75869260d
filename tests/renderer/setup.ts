import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

// jsdom lays nothing out. React Aria's virtualised Table renders only the rows that fit its
// viewport, so every element is given a screen-sized box.
const width = 1000
const height = 800
for (const [property, value] of [
  ['clientWidth', width],
  ['clientHeight', height],
  ['offsetWidth', width],
  ['offsetHeight', height],
  ['scrollWidth', width],
  ['scrollHeight', height],
] as const) {
  Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => value })
}
HTMLElement.prototype.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width, height })

if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
}

Element.prototype.scrollIntoView ??= () => {}

// Typing into the country picker re-filters some 250 options per keystroke: in jsdom on a busy
// two-core machine one such test can take several seconds.
vi.setConfig({ testTimeout: 15_000 })
