/**
 * Keys a parser must refuse by name before a schema sees the value: `__proto__` from JSON.parse
 * is an own key, but copying it into a record sets the record's prototype instead, so a schema
 * would drop it without a word.
 */
import { describePath, type Issue } from './issues';

const FORBIDDEN = new Set(['__proto__']);

/** Every forbidden key anywhere in `raw`, as an issue naming where it is. */
export function forbiddenKeyIssues(raw: unknown, root?: string): Issue[] {
  const issues: Issue[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN.has(key)) {
          issues.push({
            field: describePath([...path, key], root),
            message: `"${key}" is not allowed as a key`,
          });
        } else walk((value as Record<string, unknown>)[key], [...path, key]);
      }
    }
  };
  walk(raw, []);
  return issues;
}
