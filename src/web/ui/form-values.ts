/** An optional text field's value for the API: trimmed, or null when nothing but spaces was typed. */
export const blankToNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());
