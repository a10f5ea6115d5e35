/* postdeck page enhancements: a copy button on code blocks. The page reads fine without it. */
for (const pre of document.querySelectorAll('.post-body pre:not(.mermaid)')) {
  if (!navigator.clipboard) break
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'copy-code'
  const words = pre.closest('.post-body')?.dataset ?? {}
  button.textContent = words.copy ?? 'Copy'
  button.addEventListener('click', async () => {
    // Note: the code as written: without the summaries of folded lines.
    const code = (pre.querySelector('code') ?? pre).cloneNode(true)
    for (const summary of code.querySelectorAll('summary')) summary.remove()
    await navigator.clipboard.writeText(code.textContent)
    button.textContent = words.copied ?? 'Copied'
    setTimeout(() => {
      button.textContent = words.copy ?? 'Copy'
    }, 1500)
  })
  const wrapper = document.createElement('div')
  wrapper.className = 'code-block'
  pre.replaceWith(wrapper)
  wrapper.append(pre, button)
}

/* Spoilers stay hidden until clicked (or focused and Enter pressed). */
for (const spoiler of document.querySelectorAll('.post-body .spoiler')) {
  const reveal = () => spoiler.classList.add('revealed')
  spoiler.addEventListener('click', reveal)
  spoiler.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') reveal()
  })
}
