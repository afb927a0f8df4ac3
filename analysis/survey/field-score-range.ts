// The score ranges live with the instrument, whose analysis plan checks its bounds against them.
export { fieldScoreRange } from "../../instrument/variable-range";
