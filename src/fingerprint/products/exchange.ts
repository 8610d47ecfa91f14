/**
 * One bounded HTTP/1.1 exchange for product identification: a request on a
 * fresh connection of the port's session (inside TLS on a TLS port), the
 * answer read until the body is whole, the peer closes, the byte cap or the
 * time given. Everything read is untrusted and bounded.
 */
import type { Conversation } from '../io.js';
import { httpRequest, parseHttpResponse, type HttpResponse } from '../protocols/http-parse.js';
import type { ProbeContext } from '../types.js';

/** The most of a body product matchers look at. */
export const MAX_BODY_CHARS = 8 * 1024;

export interface Answer extends HttpResponse {
  /** The body, de-chunked when the server chunked it, at most MAX_BODY_CHARS (Latin-1; untrusted). */
  body: string;
}

export interface Request {
  method?: 'GET' | 'POST' | 'CONNECT';
  /** Origin-form path, an absolute URI (proxy test), or host:port (CONNECT). */
  target: string;
  /** A JSON body (POST). */
  json?: string;
}

/** The head's end, or -1. */
function headEnd(data: Buffer): number {
  const crlf = data.indexOf('\r\n\r\n');
  if (crlf >= 0) return crlf + 4;
  const lf = data.indexOf('\n\n');
  return lf >= 0 ? lf + 2 : -1;
}

/** De-chunk `raw` (a chunked body, possibly cut short); whatever parses is kept. */
export function dechunk(raw: Buffer): { body: Buffer; done: boolean } {
  const parts: Buffer[] = [];
  let at = 0;
  for (let n = 0; n < 4096; n++) {
    const eol = raw.indexOf('\r\n', at);
    if (eol < 0) return { body: Buffer.concat(parts), done: false };
    const size = parseInt(raw.subarray(at, eol).toString('latin1').split(';')[0].trim(), 16);
    if (!Number.isFinite(size) || size < 0) return { body: Buffer.concat(parts), done: true };
    if (size === 0) return { body: Buffer.concat(parts), done: true };
    parts.push(raw.subarray(eol + 2, Math.min(raw.length, eol + 2 + size)));
    if (eol + 2 + size > raw.length) return { body: Buffer.concat(parts), done: false };
    at = eol + 2 + size + 2;
  }
  return { body: Buffer.concat(parts), done: true };
}

/** Whether `data` holds a whole response (head, and the body its framing announces). */
export function responseDone(data: Buffer, method = 'GET'): boolean {
  const end = headEnd(data);
  if (end < 0) return false;
  const head = data.subarray(0, end).toString('latin1');
  const status = Number(/^HTTP\/\d\.\d (\d{3})/.exec(head)?.[1] ?? 0);
  if (method === 'CONNECT' && status >= 200 && status < 300) return true;
  if ((status >= 100 && status < 200) || status === 204 || status === 304) return true;
  const length = /\r?\ncontent-length:[ \t]*(\d+)/i.exec(head);
  if (length) return data.length - end >= Number(length[1]);
  if (/\r?\ntransfer-encoding:[ \t]*[^\r\n]*chunked/i.test(head)) return dechunk(data.subarray(end)).done;
  return false;
}

/** Pure: a whole (or cut) response as an Answer. */
export function readAnswer(data: Buffer): Answer | undefined {
  const res = parseHttpResponse(data);
  if (!res) return undefined;
  const end = headEnd(data);
  let raw = end < 0 ? Buffer.alloc(0) : data.subarray(end);
  if ((res.headers['transfer-encoding'] ?? []).some((v) => /chunked/i.test(v))) raw = dechunk(raw).body;
  return { ...res, body: raw.subarray(0, MAX_BODY_CHARS).toString('latin1') };
}

/** The request's bytes. */
export function requestBytes(ctx: ProbeContext, req: Request): Buffer {
  const method = req.method ?? (req.json === undefined ? 'GET' : 'POST');
  if (req.json === undefined) return httpRequest(ctx, method, req.target);
  const body = Buffer.from(req.json);
  return Buffer.concat([
    httpRequest(
      ctx,
      method,
      req.target,
      `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n`,
    ),
    body,
  ]);
}

/** Send `req` on `conv` and read the answer within `ms`; undefined when nothing HTTP came back. */
export async function exchange(
  conv: Conversation,
  ctx: ProbeContext,
  req: Request,
  ms: number,
): Promise<Answer | undefined> {
  conv.write(requestBytes(ctx, req));
  const data = await conv.read((b) => responseDone(b, req.method), ms, 300);
  return readAnswer(data);
}

/** One header's first value (lower-case name). */
export function header(res: HttpResponse, name: string): string | undefined {
  return res.headers[name]?.[0];
}

/** The body as JSON, or undefined (never throws). */
export function json(res: Answer): unknown {
  const t = res.body.trim();
  if (!t.startsWith('{') && !t.startsWith('[') && !t.startsWith('"')) return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}

/** A field of a JSON object body (one level, or a dotted path), as bounded text. */
export function field(res: Answer, path: string): string | undefined {
  let v: unknown = json(res);
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    return String(v).slice(0, 128);
  return undefined;
}
