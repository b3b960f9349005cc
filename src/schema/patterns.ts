/**
 * The patterns the JSON Schemas use, so messages can say what a failed pattern
 * means. A test checks that schemas/ uses exactly these strings. Country codes
 * are no pattern but an `enum` (src/schema/country-codes.ts).
 */
const DATE_BODY =
  '(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)';

/** A calendar-valid `YYYY-MM-DD` (docs/format.md), leap years included. */
export const DATE_PATTERN = `^${DATE_BODY}$`;

/** ISO 8601 date-time with minutes, optional seconds and fraction, optional `Z` or offset (docs/format.md). */
export const DATE_TIME_PATTERN = `^(?:${DATE_BODY})T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)?$`;

export const RECORD_ID_PATTERN = '^[a-z0-9][a-z0-9._-]*$';
export const DEPARTMENT_ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';
export const KVK_PATTERN = '^[0-9]{8}$';
/**
 * Text that must say something (a name, a title, a clause reference, a reason): not empty
 * and not only spaces. It replaces `minLength: 1`, which `' '` passed.
 */
export const NON_BLANK_PATTERN = '\\S';
