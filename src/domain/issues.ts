/**
 * Problems found in something a person brought in — a link, a file, saved state — each as the
 * place it is and what is wrong, in words they can act on.
 */
import type * as z from 'zod/mini';
import { describeZodIssue } from '../../content';

export interface Issue {
  /** Where: "Service 2 › name", "Team answers › team-size", "File". */
  field: string;
  message: string;
}

const FIELD_NAMES: Record<string, string> = {
  teamAnswers: 'Team answers',
  weights: 'Weights',
  services: 'Services',
  name: 'name',
  notes: 'notes',
  answers: 'answers',
  id: 'id',
};

/** Turns a schema path such as ['services', 1, 'name'] into "Service 2 › name". */
export function describePath(path: readonly PropertyKey[], root = 'File'): string {
  if (path.length === 0) return root;
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    const next = path[i + 1];
    if (part === 'services' && typeof next === 'number') {
      parts.push(`Service ${next + 1}`);
      i++;
    } else {
      const key = String(part);
      parts.push(Object.hasOwn(FIELD_NAMES, key) ? FIELD_NAMES[key]! : key);
    }
  }
  return parts.join(' › ');
}

/** A zod error as a list of issues, worded for people. */
export function issuesFromZod(error: z.core.$ZodError, root?: string): Issue[] {
  return error.issues.map((issue) => ({
    field: describePath(issue.path, root),
    // A bad record key carries its own issue inside ("must be a kebab-case id").
    message:
      issue.code === 'invalid_key' && issue.issues[0]
        ? describeZodIssue(issue.issues[0])
        : describeZodIssue(issue),
  }));
}
