import QRCode from "qrcode";

/** The public address of a survey, as respondents will type or scan it. */
export function surveyShareUrl(request: Request, slug: string): string {
  return new URL(`/s/${slug}`, new URL(request.url).origin).toString();
}

/** A QR code for the survey address as a standalone SVG (no external resources, prints crisply). */
export async function surveyQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
}
