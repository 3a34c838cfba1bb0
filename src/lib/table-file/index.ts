export { foldHeader, parseDanishNumber } from './cells.ts';
export { type Cell, type ParsedFile, type SheetRow, cellValue, detectDelimiter, parseTableFile } from './parse.ts';
