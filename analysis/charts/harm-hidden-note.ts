import type { HarmGroupCells } from "./harm-trajectory-chart";
import { hiddenCellsSentence } from "./hidden-cells-sentence";

/** The harm trajectory's hidden-cells sentence: every support level × tenure band cell of its table counted. */
export const harmHiddenNote = (cells: readonly HarmGroupCells[], k: number): string =>
  hiddenCellsSentence(
    cells.flatMap((cell) => cell.bands),
    k,
    "cell",
  );
