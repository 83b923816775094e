import { useState, type ClipboardEvent } from 'react';

type TextInput = HTMLInputElement | HTMLTextAreaElement;

/**
 * A field's `maxLength` cuts a long paste short without a word; this says so. Returns the paste
 * handler for the field and the sentence to show next to it (null when nothing was cut).
 */
export function usePasteLimit(maxLength: number | undefined): {
  onPaste: (event: ClipboardEvent<TextInput>) => void;
  message: string | null;
} {
  const [message, setMessage] = useState<string | null>(null);
  const onPaste = (event: ClipboardEvent<TextInput>) => {
    if (maxLength === undefined) return;
    const field = event.currentTarget;
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
