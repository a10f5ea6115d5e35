/**
 * Python for the doctest driver that shows values as IPython shows them, for
 * a transcript with IPython's `In [1]:` / `Out[1]:` prompts: its reader ran it
 * in IPython, whose display hook prints through `IPython.lib.pretty`, so a
 * class is `__main__.A` (a builtin one `dict`), an object without a repr of
 * its own `<__main__.X at 0x…>`, and a long value is broken over lines at 79
 * columns. Where IPython is not installed, values show as the plain REPL shows
 * them, but for what IPython's printer shows in its own way whatever the
 * value: a class by its name (`dict`, `__main__.Point`) and an object whose
 * class keeps `object`'s repr by its class and address, without the word
 * `object` (`<list_iterator at 0x…>`, `<__main__.X at 0x…>`). doctest resets
 * `sys.displayhook` to `sys.__displayhook__` while it runs examples, so both
 * are set.
 */
export const ipythonDisplayPython = String.raw`
def use_ipython_display():
    import builtins

    def class_name(klass):
        # IPython.lib.pretty's _type_pprint: a builtin class by its name alone.
        module = getattr(klass, "__module__", None)
        name = getattr(klass, "__qualname__", None) or klass.__name__
        return name if module in (None, "builtins") else module + "." + name

    def plain(value):
        # What IPython.lib.pretty shows where it is not installed, for the displays
        # of its own it gives any value; other values as the REPL shows them.
        if isinstance(value, type) and type(value).__repr__ is type.__repr__:
            return class_name(value)
        if type(value).__repr__ is object.__repr__:
            return "<%s at 0x%x>" % (class_name(type(value)), id(value))
        return repr(value)

    def display(value):
        if value is None:
            return
        builtins._ = None
        try:
            from IPython.lib.pretty import pretty
            text = pretty(value, max_width=79)
        except ImportError:
            text = plain(value)
        except Exception:
            text = repr(value)
        sys.stdout.write(text + "\n")
        builtins._ = value

    sys.displayhook = sys.__displayhook__ = display
`
