// One encoder per target: definition text reaches a file only through these.
export { bibtexText } from "./bibtex-text";
export { alignDecimals, csvCell, csvRecords, type CsvValue, type FixedNumber } from "./csv";
export { htmlText } from "./html-text";
export { markdownAutolink, markdownCode, markdownInline, markdownLines } from "./markdown-text";
export { BIDI_CONTROL, LINE_TERMINATOR, oneLineText, visibleText, wellFormed } from "./plain-text";
export { rComment, rString } from "./r-text";
export { spssComment, spssString } from "./spss-text";
export { stataComment, stataString, stataText } from "./stata-text";
export { terminalText } from "./terminal-text";
export { truncateLabel } from "./truncate-label";
