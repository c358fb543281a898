// The part of busboy's API we use (the package ships no types; @types/busboy is not installed).
declare module 'busboy' {
  import type { IncomingHttpHeaders } from 'node:http';
  import type { Readable, Writable } from 'node:stream';

  interface FileInfo {
    filename: string | undefined;
    encoding: string;
    mimeType: string;
  }
  interface Limits {
    fieldSize?: number;
    fields?: number;
    fileSize?: number;
    files?: number;
    parts?: number;
    headerPairs?: number;
  }
  interface Config {
    headers: IncomingHttpHeaders;
    limits?: Limits;
    defParamCharset?: string;
    highWaterMark?: number;
    fileHwm?: number;
  }
  interface Busboy extends Writable {
    on(
      event: 'file',
      listener: (field: string, stream: Readable & { truncated?: boolean }, info: FileInfo) => void,
    ): this;
    on(event: 'field', listener: (name: string, value: string) => void): this;
    on(event: 'close' | 'finish', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    on(event: 'filesLimit' | 'fieldsLimit' | 'partsLimit', listener: () => void): this;
  }
  function busboy(config: Config): Busboy;
  export = busboy;
}
