/**
 * A lab download: sent as an attachment under its file name, never cached (it holds response-level data or
 * codes), and never sniffed into another type.
 */
export function attachmentResponse(file: {
  body: BodyInit;
  contentType: string;
  fileName: string;
}): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
