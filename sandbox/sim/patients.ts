import { base, en, en_AU, Faker } from '@faker-js/faker';

const REASONS = [
  'Repeat prescription',
  'Test results',
  'Cough and fever',
  'Back pain',
  'Follow-up',
  'Skin rash',
  'Medical certificate',
  'Anxiety',
  'Referral',
  'Child with earache',
  'Blood pressure check',
  'Sports injury',
  'Sore throat',
  'Wound check',
];

/** A Medicare card number with a valid check digit (weights 1,3,7,9,1,3,7,9) and an issue number. */
export function medicareNumber(digit: () => number): string {
  const d = [2 + (digit() % 5), ...Array.from({ length: 7 }, () => digit())];
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  const check = d.reduce((sum, v, i) => sum + v * weights[i]!, 0) % 10;
  const issue = 1 + (digit() % 9);
  const s = `${d.join('')}${check}${issue}`;
  return `${s.slice(0, 4)} ${s.slice(4, 9)} ${s.slice(9)}`;
}

export function isValidMedicare(value: string): boolean {
  const s = value.replace(/\s/g, '');
  if (!/^[2-6]\d{9}$/.test(s)) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return sum % 10 === Number(s[8]);
}

/** Fake patients for callers' `details`, repeatable from a seed. */
export class PatientFactory {
  private readonly faker = new Faker({ locale: [en_AU, en, base] });

  constructor(seed: number) {
    this.faker.seed(seed);
  }

  next(): Record<string, string> {
    const f = this.faker;
    const firstName = f.person.firstName();
    const lastName = f.person.lastName();
    return {
      name: `${firstName} ${lastName}`,
      phone: `04${f.string.numeric(2)} ${f.string.numeric(3)} ${f.string.numeric(3)}`,
      medicare: medicareNumber(() => f.number.int({ min: 0, max: 9 })),
      dob: f.date.birthdate({ mode: 'age', min: 1, max: 90 }).toISOString().slice(0, 10),
      reason: f.helpers.arrayElement(REASONS),
    };
  }
}
