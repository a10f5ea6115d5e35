import picocolors from 'picocolors'

/** The colour functions of a terminal; each returns its text unchanged when colour is off. */
export type Colors = ReturnType<typeof picocolors.createColors>

/** Colour functions, on or off. */
export function colorsFor(enabled: boolean): Colors {
  return picocolors.createColors(enabled)
}

/**
 * Whether to colour by default: as picocolors decides, from `NO_COLOR`,
 * `FORCE_COLOR`, `--color`/`--no-color`, CI and whether stdout is a terminal.
 */
export const colorByDefault: boolean = picocolors.isColorSupported
