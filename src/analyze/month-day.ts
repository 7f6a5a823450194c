const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const MONTH_DAY = new RegExp(String.raw`^${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b|^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}`, 'i');

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * The month and day a date's text names, as "MM-DD", whatever year it falls in: "April 26", "Nov. 18, 2017",
 * "26th of April" → "04-26". Null when the text names no day of a month ("Friday", "last year", "May").
 * What two undated articles' dates can still be compared on.
 */
export function monthDayOf(text: string): string | null {
  const match = MONTH_DAY.exec(text.trim());
  if (!match) return null;
  const month = MONTHS.indexOf((match[1] ?? match[4]!).slice(0, 3).toLowerCase()) + 1;
  const day = Number(match[2] ?? match[3]);
  return month > 0 && day >= 1 && day <= 31 ? `${pad(month)}-${pad(day)}` : null;
}
