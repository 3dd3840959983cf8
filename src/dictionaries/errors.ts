/** A dictionary file that cannot be read: the message always names "file:line". */
export class DictionaryError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'DictionaryError';
    this.file = file;
    this.line = line;
  }
}
