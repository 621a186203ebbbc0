import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * pdfjs-dist is loaded lazily (text files never pay for it) from its legacy build, the one
 * made for Node (the modern build needs newer JavaScript built-ins than Node 20 has).
 * CMaps and standard fonts come from the installed package, never from the network.
 */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | null = null;

export function pdfjs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

let base: string | null = null;

/** The folder of the installed pdfjs-dist package. */
export function pdfjsDir(): string {
  if (base === null) {
    const require = createRequire(import.meta.url);
    base = dirname(require.resolve('pdfjs-dist/package.json'));
  }
  return base;
}

/** Options for getDocument: local CMaps and fonts, no eval, no font faces, no network. */
export function documentOptions(data: Uint8Array) {
  const dir = pdfjsDir();
  // In Node, pdfjs reads these with fs when they are plain paths ending in a separator.
  const cmaps = `${join(dir, 'cmaps')}/`;
  const fonts = `${join(dir, 'standard_fonts')}/`;
  return {
    data,
    cMapUrl: cmaps,
    cMapPacked: true,
    standardFontDataUrl: fonts,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: 0,
  };
}

export const pdfjsUrl = (): string => pathToFileURL(pdfjsDir()).href;
