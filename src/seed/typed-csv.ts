/**
 * Typed CSV headers in the neo4j-admin import style: `name`, `name:int`, `name:float`,
 * `name:boolean`, `name:string[]` (items separated by `;`). An empty cell means "absent".
 * Pure: no file or database access, so it is unit-tested alone.
 */
export type ColumnType = 'string' | 'int' | 'float' | 'boolean' | 'string[]';
export type Value = string | number | boolean | string[];

export interface Column {
  name: string;
  type: ColumnType;
}

const TYPES: ColumnType[] = ['string', 'int', 'float', 'boolean', 'string[]'];

export function parseHeader(header: string[]): Column[] {
  return header.map((cell) => {
    const [name, type = 'string'] = cell.trim().split(':');
    if (!name || !(TYPES as string[]).includes(type)) {
      throw new Error(`Header column "${cell}": expected name or name:type with type one of ${TYPES.join(', ')}`);
    }
    return { name, type: type as ColumnType };
  });
}

/** Converts one row; throws with the column and the value when a cell does not fit its type. */
export function typedRow(columns: Column[], cells: string[]): Record<string, Value> {
  if (cells.length !== columns.length) {
    throw new Error(`expected ${columns.length} cells, received ${cells.length}`);
  }
  const row: Record<string, Value> = {};
  columns.forEach((column, index) => {
    const raw = cells[index].trim();
    if (raw === '') return;
    row[column.name] = convert(column, raw);
  });
  return row;
}

function convert({ name, type }: Column, raw: string): Value {
  switch (type) {
    case 'string':
      return raw;
    case 'string[]':
      return raw.split(';').map((item) => item.trim()).filter((item) => item.length > 0);
    case 'boolean':
      if (raw === 'true' || raw === 'false') return raw === 'true';
      throw new Error(`column ${name}: expected true or false, received "${raw}"`);
    case 'int':
    case 'float': {
      const value = Number(raw);
      if (!Number.isFinite(value) || (type === 'int' && !Number.isInteger(value))) {
        throw new Error(`column ${name}: expected ${type === 'int' ? 'an integer' : 'a finite number'}, received "${raw}"`);
      }
      return value;
    }
  }
}
