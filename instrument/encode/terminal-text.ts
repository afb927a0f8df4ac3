import { LINE_TERMINATOR, visibleText } from "./plain-text";

/**
 * Text for a terminal (the analysis CLI's summary and messages), kept to the lines it already has:
 * within each line, tab and every other line terminator become a space, and every control
 * character — ESC, which starts the sequences that retitle a window, move the cursor or write to
 * the clipboard, and CSI (U+009B) among them — and every Bidi_Control character is shown by name
 * ({@link visibleText}), so text from a definition or a CSV prints as what it is.
 *
 * @example
 * terminalText("Survey\u001b]0;owned\u0007") // "Survey[U+001B]]0;owned[U+0007]"
 */
export function terminalText(text: string): string {
  return text
    .split("\n")
    .map((line) => visibleText(line.replace(LINE_TERMINATOR, " ").replace(/\t/g, " ")))
    .join("\n");
}
