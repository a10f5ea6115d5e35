/* postdeck page enhancements: a copy button on code blocks. The page reads fine without it. */
for (const pre of document.querySelectorAll('.post-body pre')) {
  if (!navigator.clipboard) break
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'copy-code'
  button.textContent = 'Copy'
  button.addEventListener('click', async () => {
    const code = pre.querySelector('code')
    await navigator.clipboard.writeText((code ?? pre).textContent)
    button.textContent = 'Copied'
    setTimeout(() => {
      button.textContent = 'Copy'
    }, 1500)
  })
  const wrapper = document.createElement('div')
  wrapper.className = 'code-block'
  pre.replaceWith(wrapper)
  wrapper.append(pre, button)
}
