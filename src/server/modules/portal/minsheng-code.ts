import type { FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import type { AppConfig } from '../../config';

/**
 * 民生码: the QR code on a project's site board. It holds the absolute address of the project's public page
 * with `?from=qr`, so a scan lands where the citizen can 查进度 / 评满意 / 提建议.
 */

// M (15 %) survives a weathered or partly covered board and keeps the code small enough to scan from a phone.
const ERROR_CORRECTION = 'M';
// the quiet zone the QR standard asks for (4 modules), so a print shop's layout cannot crowd the code
const MARGIN = 4;

/** The site's own address: PUBLIC_URL when set, else the address the request came to (X-Forwarded-* behind a trusted proxy). */
export function siteOrigin(config: AppConfig, request: FastifyRequest): string {
  if (config.notify.publicUrl) return config.notify.publicUrl;
  return `${request.protocol}://${request.host}`;
}

/** What a 民生码 of the project encodes. */
export function projectCodeUrl(origin: string, projectId: number): string {
  return `${origin}/public/projects/${projectId}?from=qr`;
}

/** A PNG of `widthPx` square (black on white) for print shops and chat. */
export function qrPng(text: string, widthPx = 600): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: ERROR_CORRECTION, margin: MARGIN, width: widthPx });
}

/** A standalone SVG file (vector, scales to any board size). */
export function qrSvgFile(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: ERROR_CORRECTION, margin: MARGIN, width: 600 });
}

/**
 * The SVG to place inside an HTML page, sized by CSS, announced to screen readers by `label`. The label is put
 * in an attribute: quotes and angle brackets are escaped here because the markup is trusted output of qrcode.
 */
export async function qrSvgInline(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: ERROR_CORRECTION, margin: MARGIN });
  const safeLabel = label.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return svg.replace('<svg ', `<svg role="img" aria-label="${safeLabel}" class="ms-qr" `);
}
