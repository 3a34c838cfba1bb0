export { sendStoredFile } from './download.ts';
export { isTooLarge, tooLargeMessage } from './limits.ts';
export { sha256, storedPath, storeFilesThen } from './store.ts';
export { storedFiles } from './table.ts';
export { ALLOWED_TYPES_TEXT, sniffType } from './upload-type.ts';
