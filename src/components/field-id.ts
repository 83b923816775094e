/** A DOM id for a form field name ("answers.team-size" → "field-answers-team-size"). */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
