import { z } from 'zod';

/** Every failure that crosses the bridge has one of these codes and a sentence for the user. */
export const ERROR_CODES = [
  'bad-request',
  'unknown-channel',
  'not-permitted',
  'not-found',
  'newer-version',
  'corrupt-file',
  'io-error',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const IpcError = z.object({ code: z.enum(ERROR_CODES), message: z.string() });
export type IpcError = z.infer<typeof IpcError>;

/** Thrown by handlers to fail with a specific code; the router turns it into an envelope. */
export class HandlerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

export const Envelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: IpcError }),
]);
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: IpcError };
