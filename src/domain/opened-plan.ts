/** A plan brought in from a link or a file, after validation. */
import type { Issue } from './issues';
import type { ProfileIdentity } from './profile';
import type { PlannerInputs } from './inputs';
import type { VerdictSnapshot } from './verdict-snapshot';

export interface OpenedPlan {
  /** Valid inputs, restricted to what today's knowledge base can use. */
  inputs: PlannerInputs;
  /** The verdict each service had when the link or file was made (null where none is recorded). */
  authorVerdicts: (VerdictSnapshot | null)[];
  /** The knowledge-base version the link or file was made with. */
  kbVersion: string;
  /** The version of the link or file format it was written in. */
  formatVersion: number;
  /**
   * What could not be carried over as it was: answers today's knowledge base no longer offers,
   * service ids used twice (given fresh ones).
   */
  dropped: Issue[];
  /** The organisation profile applied where the link was made; absent when none was. */
  authorProfile?: ProfileIdentity;
}
