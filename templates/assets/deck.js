/* Starts the postdeck reveal.js deck; works from disk, with no network. */
Reveal.initialize({
  width: 1280,
  height: 720,
  margin: 0.04,
  hash: true,
  slideNumber: 'c/t',
  progress: true,
  plugins: [RevealNotes],
})
