/**
 * Where in a spreadsheet something is: sheet, row and (usually) column, written
 * the way Excel writes a reference (`Overeenkomsten!D12`, `'Mijn blad'!D12`,
 * a whole row as `Overeenkomsten!12:12`), so a user can type it into Excel's
 * name box and land on the cell.
 */
export interface CellRef {
  sheet: string;
  /** 1-based. */
  row: number;
  /** 0-based column index (A = 0); absent for a whole row. */
  column?: number;
}

export interface Problem {
  at: CellRef;
  message: string;
}

export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Excel quotes a sheet name that is not a plain word, doubling a quote inside it. */
export function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function address(at: CellRef): string {
  const place = at.column === undefined ? `${at.row}:${at.row}` : `${columnLetters(at.column)}${at.row}`;
  return `${sheetRef(at.sheet)}!${place}`;
}

/** Problems in the order a user walks the workbook: by sheet (as given), row, column. */
export function sortProblems(problems: readonly Problem[], sheetOrder: readonly string[]): Problem[] {
  const rank = (sheet: string) => {
    const i = sheetOrder.indexOf(sheet);
    return i < 0 ? sheetOrder.length : i;
  };
  return [...problems].sort(
    (a, b) => rank(a.at.sheet) - rank(b.at.sheet) || a.at.row - b.at.row || (a.at.column ?? -1) - (b.at.column ?? -1),
  );
}
