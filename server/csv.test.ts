import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

const line = (cells: unknown[]) => toCsv(['h'], [cells]).split('\r\n')[1];

describe('toCsv', () => {
  it('keeps numbers as numbers, negative ones included (a day review overrun of -1 stays -1)', () => {
    expect(line([-1, 0, 2.5, -0.25, 12n, -7n])).toBe('-1,0,2.5,-0.25,12,-7');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(line(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])).toBe(`'=1+1,'+1,'-1,'@SUM(A1),'\tx,"'\rx"`);
  });

  it('leaves other text, booleans and empty cells alone, quoting what needs it', () => {
    expect(line(['a', 'x=1', true, null, undefined, 'a,b', 'say "hi"'])).toBe('a,x=1,true,,,"a,b","say ""hi"""');
  });
});
