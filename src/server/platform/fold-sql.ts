import { sql, type SQL } from 'drizzle-orm';
import { FOLD_TRANSLATE } from '../../core/vn-text/fold';

/**
 * A text expression folded in SQL as foldVietnamese folds it in JS (lower case, no marks, đ → d, every run of other
 * characters one space, trimmed; NULL as ''), on both engines and without unaccent: compare it with
 * foldVietnamese(query). The one place this expression lives (fold-sql.test.ts checks it over every unit name).
 */
export const foldedSql = (expression: SQL) =>
  sql`btrim(regexp_replace(lower(translate(coalesce(${expression}, ''), ${FOLD_TRANSLATE.from}, ${FOLD_TRANSLATE.to})), '[^a-z0-9]+', ' ', 'g'))`;
