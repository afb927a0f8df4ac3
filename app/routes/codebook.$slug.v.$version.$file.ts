import type { LoaderFunctionArgs } from "@remix-run/node";
import { codebookMarkdown, loadPublicCodebook } from "~/surveys/public-codebook.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const { slug, version, codebook } = await loadPublicCodebook(params);
  const name = `codebook-${slug}-v${version}`;
  const headers = { "Cache-Control": "public, max-age=3600" };
  if (params.file === "codebook.md") {
    return new Response(codebookMarkdown(codebook), {
      headers: {
        ...headers,
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": `inline; filename="${name}.md"`,
      },
    });
  }
  if (params.file === "codebook.json") {
    return new Response(JSON.stringify(codebook, null, 2), {
      headers: {
        ...headers,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `inline; filename="${name}.json"`,
      },
    });
  }
  throw new Response("Not found", { status: 404 });
}
