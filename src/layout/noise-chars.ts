/**
 * The characters that tell mirror-site noise (src/layout/noise.ts), as data: read by the one pass
 * over the text (src/layout/text-facts.ts).
 */

/** Characters that exist only in traditional writing and are common in disclosures. */
export const TRADITIONAL_CHARS = '經費預說財撥會門這國與項資產機關購車輛務際總報數單發開書標準計劃減費額實體編據歲決';
/** Pinyin tone marks. */
export const TONE_CHARS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/** How far the look for traditional characters and tone marks goes: a mirror converts or annotates the whole page, so its first part tells. */
export const NOISE_SCAN = 40000;
/** At least this many traditional-only characters make a text traditional (a stray one in a name is not enough). */
export const TRADITIONAL_MIN = 5;
