/** A one-line progress bar on stderr, drawn at most ten times a second. */
export class Progress {
  private done = 0;
  private last = 0;
  private readonly started = Date.now();
  constructor(private readonly total: number, private readonly enabled: boolean) {}
  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && this.done < this.total) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const rate = this.done / Math.max(0.001, (now - this.started) / 1000);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} files, ${rate.toFixed(0)}/s `);
  }
  clear(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }
}
