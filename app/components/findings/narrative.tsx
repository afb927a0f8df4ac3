import type { PageChart } from "~/findings/finding-page-data";
import type { NarrativePart } from "~/findings/narrative.server";
import { ChartFigure } from "./chart-figure";

/** The narrative (already sanitised HTML from the server) with charts placed where it references them. */
export function Narrative({
  parts,
  charts,
  filesBase,
}: {
  parts: NarrativePart[];
  charts: PageChart[];
  filesBase: string;
}) {
  return (
    <div className="narrative">
      {parts.map((part, index) => {
        if (part.kind === "html")
          return <div key={`text-${index}`} dangerouslySetInnerHTML={{ __html: part.html }} />;
        const chart = charts.find((candidate) => candidate.id === part.id);
        return chart ? (
          <ChartFigure key={`chart-${part.id}-${index}`} chart={chart} filesBase={filesBase} />
        ) : null;
      })}
    </div>
  );
}
