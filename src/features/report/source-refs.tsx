/**
 * "(Sources 2, 4.)": citations by their number in the report's source list, short enough to
 * keep a service's block on one page.
 */
export function SourceRefs({
  titles,
  list,
}: {
  titles: readonly string[];
  list: readonly string[];
}) {
  if (titles.length === 0) return null;
  const numbers = titles.map((title) => list.indexOf(title) + 1).sort((a, b) => a - b);
  return (
    <span className="report-cite">
      ({numbers.length === 1 ? 'Source' : 'Sources'} {numbers.join(', ')}.)
    </span>
  );
}

/** "Source 3": an article by its number in the report's source list. */
export function sourceNumber(title: string, list: readonly string[]): string {
  return `Source ${list.indexOf(title) + 1}`;
}
