export { foldHeader, parseDanishNumber } from './cells.ts';
export { type Cell, type ParsedFile, type SheetRow, cellValue, detectDelimiter, parseTableFile } from './parse.ts';

/** What a file picker for a table file offers: CSV (and text saved as such) and Excel workbooks. */
export const TABLE_FILE_TYPES = '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
