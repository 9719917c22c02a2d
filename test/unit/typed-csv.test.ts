import { describe, expect, it } from 'vitest';
import { parseHeader, typedRow } from '../../src/seed/typed-csv.js';

describe('typed CSV headers', () => {
  const columns = parseHeader(['id', 'year:int', 'share:float', 'aggregate:boolean', 'aliases:string[]']);

  it('converts each cell to its column type and leaves empty cells out', () => {
    expect(typedRow(columns, ['stat:x', '2024', '62.5', 'true', 'Burma; Myanmar'])).toEqual({
      id: 'stat:x', year: 2024, share: 62.5, aggregate: true, aliases: ['Burma', 'Myanmar'],
    });
    expect(typedRow(columns, ['stat:y', '', '', '', ''])).toEqual({ id: 'stat:y' });
  });

  it('names the column and the value when a cell does not fit', () => {
    expect(() => typedRow(columns, ['s', '2024.5', '', '', ''])).toThrow('column year: expected an integer, received "2024.5"');
    expect(() => typedRow(columns, ['s', '', 'lots', '', ''])).toThrow('column share: expected a finite number, received "lots"');
    expect(() => typedRow(columns, ['s', '', '', 'yes', ''])).toThrow('column aggregate: expected true or false, received "yes"');
  });

  it('refuses unknown types and rows of the wrong width', () => {
    expect(() => parseHeader(['x:date'])).toThrow('Header column "x:date"');
    expect(() => typedRow(columns, ['only-one'])).toThrow('expected 5 cells, received 1');
  });
});
