/**
 * The errors of the HTTP service: one JSON shape for every status that is not a report,
 * `{ error, message, inputErrors }`, in French or English. `inputErrors` has the shape of a
 * report's (`[{ pointer, message, line?, column? }]`): not empty for a request refused because
 * of its body or its parameters (400, 413, 415), empty otherwise (404, 405, 500, 503).
 * @module
 */
import type { InputError, Lang } from '../core/types.js';

/** What went wrong, for programs (the message is for people). */
export type ErrorCode =
  | 'malformed-json'
  | 'empty-body'
  | 'bad-parameter'
  | 'bad-request'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'not-found'
  | 'unknown-rule'
  | 'method-not-allowed'
  | 'timeout'
  | 'shutting-down'
  | 'internal-error';

/** The body of every error response. */
export interface ErrorBody {
  error: ErrorCode;
  message: string;
  inputErrors: InputError[];
}

/**
 * An error the service answers with: status, code, message, input errors.
 * @example
 * throw new HttpError(404, 'unknown-rule', 'Règle inconnue « x ».');
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly inputErrors: InputError[];

  constructor(status: number, code: ErrorCode, message: string, inputErrors: InputError[] = []) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.inputErrors = inputErrors;
  }

  /** The JSON body of the response. */
  body(): ErrorBody {
    return { error: this.code, message: this.message, inputErrors: this.inputErrors };
  }
}

/**
 * A 400, 413 or 415 about the request itself: the message is also its one input error
 * (pointer `''`, the whole body, unless said otherwise).
 * @example
 * inputError(400, 'empty-body', 'Corps de requête vide.').inputErrors; // [{ pointer: '', message: 'Corps de requête vide.' }]
 */
export function inputError(status: number, code: ErrorCode, message: string, place: Partial<InputError> = {}): HttpError {
  return new HttpError(status, code, message, [{ pointer: place.pointer ?? '', message, ...(place.line !== undefined ? { line: place.line, column: place.column ?? 1 } : {}) }]);
}

/** What the messages of framework errors may mention. */
export interface ErrorContext {
  lang: Lang;
  bodyLimit: number;
  contentType?: string | undefined;
}

/**
 * The service's answer to an error raised by fastify (body too large, unsupported media type,
 * time limit…), or to an unexpected exception (500: its message is not shown, it may hold data).
 * @example
 * fromError({ code: 'FST_ERR_CTP_BODY_TOO_LARGE' }, { lang: 'fr', bodyLimit: 1048576 }).status; // 413
 */
export function fromError(error: unknown, context: ErrorContext): HttpError {
  if (error instanceof HttpError) return error;
  const en = context.lang === 'en';
  const e = (error ?? {}) as { code?: unknown; statusCode?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return inputError(
        413,
        'body-too-large',
        en
          ? `Request body too large: the limit is ${formatBytes(context.bodyLimit, 'en')} (cadre serve --body-limit).`
          : `Corps de requête trop grand : la limite est de ${formatBytes(context.bodyLimit, 'fr')} (cadre serve --body-limit).`,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': {
      const type = context.contentType?.slice(0, 100);
      return inputError(
        415,
        'unsupported-media-type',
        en
          ? `Unsupported content type${type ? ` "${type}"` : ''}: send the document as JSON (Content-Type: application/json).`
          : `Type de contenu non pris en charge${type ? ` « ${type} »` : ''} : envoyer le document en JSON (Content-Type: application/json).`,
      );
    }
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return inputError(
        400,
        'bad-request',
        en ? 'The body received does not have the length announced by Content-Length.' : "Le corps reçu n'a pas la longueur annoncée par Content-Length.",
      );
    case 'FST_ERR_BAD_URL':
      return inputError(400, 'bad-request', en ? 'Malformed URL (invalid percent-encoding).' : 'URL mal formée (encodage %XX invalide).');
    case 'FST_ERR_HANDLER_TIMEOUT':
      return new HttpError(503, 'timeout', en ? 'The request took longer than the time limit of the service (cadre serve --timeout).' : 'La requête a dépassé le délai du service (cadre serve --timeout).');
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    const detail = code ? ` (${code})` : '';
    return inputError(status, 'bad-request', en ? `Request refused${detail}.` : `Requête refusée${detail}.`);
  }
  return new HttpError(500, 'internal-error', en ? 'Internal error of the service: the request could not be handled.' : "Erreur interne du service : la requête n'a pas pu être traitée.");
}

/**
 * A byte count for people: `1 Mo`, `512 Ko`, `100 octets` (`MB`, `KB`, `bytes` in English).
 * @example
 * formatBytes(1048576, 'fr'); // '1 Mo'
 * formatBytes(1536, 'en'); // '1.5 KB'
 */
export function formatBytes(bytes: number, lang: Lang): string {
  const en = lang === 'en';
  const unit = (n: number, fr: string, e: string): string => `${en ? String(Number(n.toFixed(1))) : String(Number(n.toFixed(1))).replace('.', ',')} ${en ? e : fr}`;
  if (bytes >= 1024 * 1024) return unit(bytes / (1024 * 1024), 'Mo', 'MB');
  if (bytes >= 1024) return unit(bytes / 1024, 'Ko', 'KB');
  return `${bytes} ${en ? 'bytes' : 'octets'}`;
}
