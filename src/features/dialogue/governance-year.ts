/** The governance year a date falls in: dialogues are planned per calendar year. */
export const governanceYearOf = (today: string) => Number(today.slice(0, 4));
