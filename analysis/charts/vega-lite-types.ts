import type { TopLevelSpec } from "vega-lite";

// Building blocks of a layered vega-lite spec, derived from vega-lite's public `TopLevelSpec` (its finer types
// live under the "types_unstable" export), so that layer and channel objects built apart are still checked.

/** A layered top-level spec. */
export type LayeredSpec = Extract<TopLevelSpec, { layer: unknown }>;
/** One unit layer (a mark with its encoding) of a layered spec. */
export type UnitLayer = Extract<LayeredSpec["layer"][number], { mark: unknown }>;
/** The encoding of a unit layer. */
export type LayerEncoding = NonNullable<UnitLayer["encoding"]>;
