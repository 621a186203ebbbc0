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

/**
 * The legacy build carries core-js polyfills that replace two built-ins of the whole process
 * with slow JavaScript versions: Array.prototype.push and JSON.parse (fixes for old engines that
 * Node 20 does not need). Left in place they slow every stage of every later file down (push
 * alone took a fifth of the PDF time); the natives are put back once the modules are loaded.
 */
const NATIVE_PUSH = Array.prototype.push;
const NATIVE_JSON_PARSE = JSON.parse;

function restoreNatives(): void {
  if (Array.prototype.push !== NATIVE_PUSH) Object.defineProperty(Array.prototype, 'push', { value: NATIVE_PUSH, writable: true, configurable: true, enumerable: false });
  if (JSON.parse !== NATIVE_JSON_PARSE) Object.defineProperty(JSON, 'parse', { value: NATIVE_JSON_PARSE, writable: true, configurable: true, enumerable: false });
}

export function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The "fake worker" (same thread) takes the worker module from here instead of importing it
    // on the first document, so that its polyfills are undone now too.
    const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    const worker: unknown = await import(workerModule);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    restoreNatives();
    return lib;
  })();
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
    disableFontFace: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: 0,
  };
}

export const pdfjsUrl = (): string => pathToFileURL(pdfjsDir()).href;
