/** Input errors that name where the problem is: file, line, field. */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly field?: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}${field ? ` (field "${field}")` : ''}: ${message}`);
    this.name = 'ReadError';
  }
}
