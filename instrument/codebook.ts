// The codebook: types, builder and Markdown rendering, each in its own file.
export * from "./codebook-types";
export { buildCodebook } from "./build-codebook";
export { describeCondition } from "./describe-condition";
export { renderCodebookMarkdown } from "./render-codebook-markdown";
