import { useState, type ClipboardEvent } from 'react';

type TextInput = HTMLInputElement | HTMLTextAreaElement;

/**
 * A field's `maxLength` cuts a long paste short without a word; this says so. Returns the paste
 * handler for the field and the sentence to show next to it (null when nothing was cut). The
 * limit is read from the field itself, as the browser applies it.
 */
export function usePasteLimit(): {
  onPaste: (event: ClipboardEvent<TextInput>) => void;
  message: string | null;
} {
  const [message, setMessage] = useState<string | null>(null);
  const onPaste = (event: ClipboardEvent<TextInput>) => {
    const field = event.currentTarget;
    const maxLength = field.maxLength;
    if (maxLength < 0) return setMessage(null);
    const pasted = event.clipboardData.getData('text').length;
    const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
    const room = Math.max(0, maxLength - (field.value.length - selected));
    setMessage(
      pasted > room
        ? `Only ${room.toLocaleString('en')} of the ${pasted.toLocaleString('en')} characters you pasted were kept: this field holds at most ${maxLength.toLocaleString('en')}.`
        : null,
    );
  };
  return { onPaste, message };
}
