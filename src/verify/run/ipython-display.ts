/**
 * Python for the doctest driver that shows values as IPython shows them, for
 * a transcript with IPython's `In [1]:` / `Out[1]:` prompts: its reader ran it
 * in IPython, whose display hook prints through `IPython.lib.pretty`, so a
 * class is `__main__.A` (a builtin one `dict`), an object without a repr of
 * its own `<__main__.X at 0x…>`, and a long value is broken over lines at 79
 * columns. Where IPython is not installed, values show as the plain REPL shows
 * them. doctest resets `sys.displayhook` to `sys.__displayhook__` while it
 * runs examples, so both are set.
 */
export const ipythonDisplayPython = String.raw`
def use_ipython_display():
    import builtins

    def display(value):
        if value is None:
            return
        builtins._ = None
        try:
            from IPython.lib.pretty import pretty
            text = pretty(value, max_width=79)
        except Exception:
            text = repr(value)
        sys.stdout.write(text + "\n")
        builtins._ = value

    sys.displayhook = sys.__displayhook__ = display
`
