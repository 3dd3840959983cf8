/** Text normalization applied once at read time; offsets are into the normalized text that is stored. */

/** Strip a BOM, turn CRLF/CR into LF, non-breaking and other odd spaces and control characters into plain spaces. */
export function normalizeText(raw: string): string {
  let s = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  // Same length replacements keep offsets simple: NBSP, narrow NBSP, figure space, thin spaces.
  s = s.replace(/[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003]/g, ' ');
  // Vertical tab, form feed and the other C0 controls (tab and line breaks aside; NUL means binary and is refused
  // earlier) separate words where they occur: as spaces they cannot end up inside an entity name or a quote.
  // eslint-disable-next-line no-control-regex -- control characters are what it replaces
  s = s.replace(/[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/g, ' ');
  return s;
}
