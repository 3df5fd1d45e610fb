/** A number field's text as the number it stands for; empty is NaN, which the schema refuses by name. */
export const numberFrom = (text: string) => (text === '' ? Number.NaN : Number(text));

/** A number as a field's text: NaN (an emptied field) shows empty rather than "NaN". */
export const numberText = (value: number) => (Number.isNaN(value) ? '' : value);
