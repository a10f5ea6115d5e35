import type { Table } from 'mdast'
import { blockHeight } from '../slide-metrics.js'
import { minPiece, type Units } from './units.js'

/** Whether a slide would hold fewer than a few of a table's rows (cells of long text, lists in cells). */
export function hasTallRows(table: Table, budget: number): boolean {
  if (table.data?.smallTable || table.children.length <= minPiece) return false
  const rows = table.children.length
  return blockHeight(table) / rows > budget / (minPiece + 1)
}

/** A table at the smaller text size. */
export function smallerTable(table: Table): Table {
  const classes = table.data?.hProperties?.className
  return {
    ...table,
    data: {
      ...table.data,
      smallTable: true,
      hProperties: {
        ...table.data?.hProperties,
        className: [...(Array.isArray(classes) ? classes.map(String) : []), 'small-table'],
      },
    },
  }
}

export function tableUnits(table: Table): Units {
  const [header, ...rows] = table.children
  return {
    count: rows.length,
    starts: rows.map((_, index) => ({ index, rank: 0 })),
    make: (from, to) => ({
      ...table,
      children: header ? [header, ...rows.slice(from, to)] : rows.slice(from, to),
    }),
  }
}
