import type { Format } from '../../schema/index.js';

/**
 * What a file is, from its first bytes (a PDF named .txt is still a PDF), else from its name:
 * `%PDF-` is PDF; a ZIP holding word/document.xml is DOCX, one holding xl/workbook.xml XLSX;
 * markup that opens with <!DOCTYPE html>, <html> (or a .htm/.html name) is HTML; the rest is text.
 */
export function detectFormat(bytes: Uint8Array, path = ''): Format | 'zip' {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  // A PDF may have some junk before its header (the spec allows 1024 bytes).
  if (bytes.length > 8 && asciiHead(bytes, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = latin1(bytes, Math.min(bytes.length, 1 << 20));
    if (head.includes('word/document.xml') || head.includes('word/')) return 'docx';
    if (head.includes('xl/workbook.xml') || head.includes('xl/')) return 'xlsx';
    const ext = path.toLowerCase();
    if (ext.endsWith('.docx')) return 'docx';
    if (ext.endsWith('.xlsx')) return 'xlsx';
    return 'zip';
  }
  if (looksLikeHtml(bytes) || /\.html?$/i.test(path)) return 'html';
  return 'text';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function latin1(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(n, bytes.length)).toString('latin1');
}

function asciiHead(bytes: Uint8Array, n: number): string {
  return latin1(bytes, n);
}

const HTML_START = /^(\ufeff|\xef\xbb\xbf)?\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|meta\s)/i;

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes, 2048);
  return HTML_START.test(head);
}
