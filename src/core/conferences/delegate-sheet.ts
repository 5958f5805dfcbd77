/**
 * The shape of a delegate list read from Excel: what the parse worker (imports) hands to the delegates feature
 * (conferences), so neither imports the other's code.
 */
export type DelegateField =
  'name' | 'position' | 'unit' | 'phone' | 'email' | 'group' | 'point' | 'seat' | 'note';

/** A row of the sheet by field; `section` is the heading above it ("I. ĐẠI BIỂU CẤP TỈNH"), a hint for its group. */
export type SheetRow = { row: number; section?: string } & Partial<Record<DelegateField, string>>;

export interface SheetRead {
  rows: SheetRow[];
}
