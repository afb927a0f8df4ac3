import QRCode from "qrcode";

/** The public address of a survey, as respondents will type or scan it. */
export function surveyShareUrl(request: Request, slug: string): string {
  return new URL(`/s/${slug}`, new URL(request.url).origin).toString();
}

/** A QR code for the survey address as a standalone SVG (no external resources, prints crisply). */
export async function surveyQrSvg(url: string): Promise<string> {
  return qrCodeSvg(url);
}

/** Any text as a QR code in a standalone SVG (also the TOTP set-up's otpauth:// URI). */
export async function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
}
