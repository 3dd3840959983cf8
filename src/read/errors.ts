/** Input errors that name where the problem is: file, line (or record number), field. */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly field?: string,
    /** 1-based record number, for formats without useful line numbers (JSON arrays, feed items). */
    readonly record?: number,
  ) {
    super(
      `${file}${line !== undefined ? `:${line}` : ''}${record !== undefined ? ` [record ${record}]` : ''}${field ? ` (field "${field}")` : ''}: ${message}`,
    );
    this.name = 'ReadError';
  }
}

/** Where a record came from, for error messages and default ids. */
export interface RecordPlace {
  file: string;
  line?: number;
  record?: number;
}

export function readErrorAt(place: RecordPlace, message: string, field?: string): ReadError {
  return new ReadError(message, place.file, place.line, field, place.record);
}
