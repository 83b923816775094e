/**
 * What went wrong with a link, in words that say what happened and what to do next. Shared by
 * the app and the command line, so both explain a bad link the same way.
 */
import type { PermalinkFailure } from './permalink';
import { PERMALINK_LIMITS } from './permalink';

export interface FailureWords {
  /** One line: what happened. */
  summary: string;
  /** What to do about it. */
  advice: string;
}

const ASK_AGAIN = 'Ask whoever sent it for the link again, or for the answers as a file.';

/** Explains a failed link in plain words, with the way forward. */
export function describePermalinkFailure(reason: PermalinkFailure): FailureWords {
  switch (reason.kind) {
    case 'empty':
      return {
        summary: 'The link has no plan in it.',
        advice: 'Check that the whole link was copied, then open it again.',
      };
    case 'too-long':
      return {
        summary: `The link is ${reason.length.toLocaleString('en')} characters long; links from this app are at most ${PERMALINK_LIMITS.maxLength.toLocaleString('en')}, so it was not opened.`,
        advice: ASK_AGAIN,
      };
    case 'not-a-link':
      return {
        summary: 'The link contains characters that a Rust or Go? link never has.',
        advice: `It was probably mistyped or changed on the way. ${ASK_AGAIN}`,
      };
    case 'truncated':
      return {
        summary: 'The link is incomplete: it ends too early.',
        advice: `It was probably cut off when it was copied or sent. ${ASK_AGAIN}`,
      };
    case 'corrupted':
      return {
        summary: reason.checksum
          ? 'The link has been changed or damaged since it was made: its checksum does not match.'
          : 'The link has been changed or damaged since it was made: it holds no valid plan.',
        advice: `Opening it could show answers nobody gave, so it was not opened. ${ASK_AGAIN}`,
      };
    case 'newer-format':
      return {
        summary: `The link was made by a newer version of Rust or Go? (link format ${reason.formatVersion}).`,
        advice: 'Reload the page to get the latest version, then open the link again.',
      };
    case 'unknown-knowledge-base':
      return reason.newer
        ? {
            summary: `The link was made with knowledge base ${reason.kbVersion}, which is newer than this version of the app.`,
            advice: 'Reload the page to get the latest version, then open the link again.',
          }
        : {
            summary: `The link names knowledge base ${reason.kbVersion}, which was never released.`,
            advice: `It was probably changed on the way. ${ASK_AGAIN}`,
          };
    case 'invalid':
      return {
        summary: 'The link decodes, but what it holds is not a valid plan.',
        advice: `It was probably edited by hand. ${ASK_AGAIN}`,
      };
  }
}
