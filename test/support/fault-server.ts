// A minimal server for the durability tests (test/integration/durability.test.ts): each
// POST /complete?marker=… walks one respondent through the real survey routes — every page's
// action, then "Send my answers" — with the marker as their free-text answer, and answers
// 200 only once the review action has redirected to the thank-you page, i.e. after COMMIT.
// Run as `node --import tsx test/support/fault-server.ts <slug>` with DATABASE_URL set; prints
// "listening <port>".
import { createServer } from "node:http";
import { planJourney } from "../../bench/journey-plan";
import { smallInstrument } from "../../bench/small-instrument";
import { RespondentBrowser } from "./respondent-browser";

const slug = process.argv[2] ?? "fault";

async function completeSurvey(marker: string): Promise<boolean> {
  const browser = new RespondentBrowser({ "Sec-Fetch-Site": "same-origin" });
  for (const { pageId, fields } of planJourney(smallInstrument, { text: marker })) {
    const reply = await browser.post(`/s/${slug}/p/${pageId}`, fields);
    if (reply.status !== 302) return false;
  }
  const sent = await browser.post(`/s/${slug}/review`, [["hp_extra", ""]]);
  // Stored: the resume cookie is cleared and the "answered" mark set in the same reply (completion.server.ts).
  const cookies = [...browser.cookies.keys()];
  return sent.location === `/s/${slug}/thanks` && cookies.join() === `ns_answered_${slug.replace(/-/g, "_")}`;
}

const server = createServer((request, response) => {
  const marker = new URL(request.url ?? "/", "http://localhost").searchParams.get("marker");
  if (request.method !== "POST" || !marker) {
    response.writeHead(404).end();
    return;
  }
  completeSurvey(marker).then(
    (stored) => response.writeHead(stored ? 200 : 409).end(stored ? "stored" : "not stored"),
    (error: unknown) => response.writeHead(500).end(String(error)),
  );
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
});
