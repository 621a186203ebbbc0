import type { Diagnostic } from './schema/index.js';

/** Collects the problems found in one document. Only programming bugs throw. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  warn(code: string, message: string, line: number | null = null): void {
    this.list.push({ code, message, line });
  }
}
