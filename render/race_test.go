//go:build race

package render_test

// raceEnabled is whether the tests run under the race detector, which makes the browser
// tests' extraction and page building some times slower and checks nothing in the browser.
const raceEnabled = true
