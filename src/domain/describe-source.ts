/**
 * A source as a citation: its title, then what the knowledge base knows of it (author,
 * publisher, kind, date) and its address, or a plain word that none is recorded. Nothing is
 * guessed: a field the article does not give is left out.
 */
import type { Source } from '../../content';

const KIND: Record<Source['kind'], string> = {
  guide: 'Guide',
  comparison: 'Comparison page',
  'benchmark-post': 'Benchmark post',
  'forum-post': 'Forum post',
  'blog-post': 'Blog post',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2022-03" → "March 2022"; "2025" stays. */
export function describeSourceDate(date: string): string {
  const [year, month] = date.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  return name ? `${name} ${year}` : (year ?? date);
}

export interface SourceWords {
  title: string;
  /** "By A. Writer. Benchmark post on example.com, March 2022." */
  details: string;
  /** The public address, or null when none is recorded. */
  url: string | null;
  /** "No public address recorded." when there is none, else ''. */
  addressNote: string;
}

/** What a citation says about a source, in parts a format can lay out. */
export function describeSource(source: Source): SourceWords {
  // The site is where it was published, not who wrote it: "Forum post on example.com, 2025".
  const where = [
    source.publisher ? `${KIND[source.kind]} on ${source.publisher}` : KIND[source.kind],
    source.date ? describeSourceDate(source.date) : null,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    title: source.title,
    details: [source.author ? `By ${source.author}.` : null, `${where}.`].filter(Boolean).join(' '),
    url: source.url ?? null,
    addressNote: source.url ? '' : 'No public address recorded.',
  };
}

/** The whole citation in one line of plain text. */
export function citeSource(source: Source): string {
  const words = describeSource(source);
  return [words.title, '—', words.details, words.url ?? words.addressNote].join(' ');
}
