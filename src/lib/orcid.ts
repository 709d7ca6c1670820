/**
 * ORCID iDs: 16 characters in four groups, the last one a check character computed with
 * ISO 7064 MOD 11-2 over the first fifteen digits. A typo in an iD almost always breaks the
 * check, which is why we verify it rather than only the shape.
 */

const ORCID_SHAPE = /^(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])$/;

/** The ISO 7064 MOD 11-2 check character for a string of digits. */
export function orcidCheckCharacter(baseDigits: string): string {
  let total = 0;
  for (const digit of baseDigits) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

export function isOrcidShape(value: string): boolean {
  return ORCID_SHAPE.test(value);
}

export function isValidOrcid(value: string): boolean {
  if (!isOrcidShape(value)) return false;
  const digits = value.replaceAll('-', '');
  return orcidCheckCharacter(digits.slice(0, 15)) === digits.slice(15);
}

export function orcidUrl(orcid: string): string {
  return `https://orcid.org/${orcid}`;
}
