/** Enter without Shift, and not the Enter that confirms an IME composition (keyCode 229). */
export function isSendEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229;
}
