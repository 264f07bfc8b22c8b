// A publication date written into an article's URL (/2024/08/ or /2024/08/16/ or 2024-08-16).
import { isValidEdtf } from '../lib/edtf.js';

const URL_DATE = /\/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/-]|$)/;

export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = URL_DATE.exec(url.replace(/[?#].*$/, ''));
  if (!m) return null;
  const value = m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
  return isValidEdtf(value) ? value : null;
}
