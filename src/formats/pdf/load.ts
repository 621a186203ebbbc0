import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * pdfjs-dist is loaded lazily (text files never pay for it) from its legacy build, the one
 * made for Node (the modern build needs newer JavaScript built-ins than Node 20 has).
 * CMaps and standard fonts come from the installed package, never from the network, and are
 * read from disk once per process (see `assets`).
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

/**
 * The CMap and standard-font files, read once per process (worker) and kept: pdf.js asks its
 * factories for them anew for every document (its own cache lives and dies with the document).
 * The bytes handed out are never changed (the fake worker gets a structured clone of them).
 */
const assets = new Map<string, Promise<Uint8Array>>();
let diskReads = 0;

function asset(path: string): Promise<Uint8Array> {
  let bytes = assets.get(path);
  if (!bytes) {
    diskReads++;
    bytes = readFile(path).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    bytes.catch(() => assets.delete(path)); // a failed read is tried again next time
    assets.set(path, bytes);
  }
  return bytes;
}

/** How many CMap / standard-font files this process has read from disk (each once). */
export const pdfAssetReads = (): number => diskReads;

/** pdf.js's CMapReaderFactory interface (baseUrl, isCompressed; fetch({ name })), served from `assets`. */
class CachedCMapReaderFactory {
  readonly baseUrl: string | null;
  readonly isCompressed: boolean;
  constructor({ baseUrl = null, isCompressed = true }: { baseUrl?: string | null; isCompressed?: boolean }) {
    this.baseUrl = baseUrl;
    this.isCompressed = isCompressed;
  }
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    if (!this.baseUrl || !name) throw new Error('CMap name and cMapUrl must be given.');
    const path = this.baseUrl + name + (this.isCompressed ? '.bcmap' : '');
    try {
      return { cMapData: await asset(path), isCompressed: this.isCompressed };
    } catch {
      throw new Error(`Unable to load ${this.isCompressed ? 'binary ' : ''}CMap at: ${path}`);
    }
  }
}

/** pdf.js's StandardFontDataFactory interface (baseUrl; fetch({ filename })), served from `assets`. */
class CachedStandardFontDataFactory {
  readonly baseUrl: string | null;
  constructor({ baseUrl = null }: { baseUrl?: string | null }) {
    this.baseUrl = baseUrl;
  }
  async fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    if (!this.baseUrl || !filename) throw new Error('Font filename and standardFontDataUrl must be given.');
    const path = `${this.baseUrl}${filename}`;
    try {
      return await asset(path);
    } catch {
      throw new Error(`Unable to load font data at: ${path}`);
    }
  }
}

/** Options for getDocument: local CMaps and fonts read once per process, no eval, no font faces, no network. */
export function documentOptions(data: Uint8Array) {
  const dir = pdfjsDir();
  const cmaps = `${join(dir, 'cmaps')}/`;
  const fonts = `${join(dir, 'standard_fonts')}/`;
  return {
    data,
    cMapUrl: cmaps,
    cMapPacked: true,
    CMapReaderFactory: CachedCMapReaderFactory,
    standardFontDataUrl: fonts,
    StandardFontDataFactory: CachedStandardFontDataFactory,
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
