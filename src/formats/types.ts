/** A file that a format reader cannot turn into text: the entry's error. */
export interface FormatError {
  code: string;
  message: string;
}

export const isFormatError = (x: object): x is FormatError => 'code' in x && !('blocks' in x);
