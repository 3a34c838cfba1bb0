/** A value as the pages show it and the charts draw it: rounded to its indicator's decimals. */
export const roundTo = (value: number, decimals: number) => Number(value.toFixed(decimals));
