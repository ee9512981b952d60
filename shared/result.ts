/** Errors are values the UI can show: a stable code and a sentence a user can act on. */
export interface AppError {
  code: string;
  message: string;
}

export type Result<T, E extends AppError = AppError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E extends AppError>(error: E): { ok: false; error: E } => ({ ok: false, error });
