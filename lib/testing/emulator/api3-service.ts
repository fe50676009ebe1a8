// What an emulated API 3.0 product is made of: its actions, their parameters and context, and the error they
// throw. The envelope that serves them is api3.ts.
/** An error the emulated API answers with: `code` is the API's error code, e.g. `ResourceNotFound.Function`. */
export class ApiError extends Error {
  constructor(public readonly code: string, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The error code of an action the emulator does not implement (a gap of the emulator, never a cloud answer). */
export const NOT_EMULATED = 'UnsupportedOperation.NotEmulated';

/** What an action handler knows about its call besides the parameters. */
export interface Api3Context {
  /** `X-TC-Region`, or '' when the call carries none. */
  readonly region: string;
  /** The action name. */
  readonly action: string;
  /** The request id the answer will carry. */
  readonly requestId: string;
}

/** Parameters of one call: the parsed JSON body. */
export type Api3Params = Record<string, unknown>;

/** One action: returns the fields of `Response` (without `RequestId`) or throws an {@link ApiError}. */
export type Api3Action = (params: Api3Params, ctx: Api3Context) => Record<string, unknown>;

/** One API 3.0 product as the emulator serves it. */
export interface Api3Service {
  /** The product's host label and signing service name, e.g. `scf`. */
  readonly name: string;
  /** The API version the provider's SDK sends, e.g. `2018-04-16`. */
  readonly version: string;
  /** The implemented actions. */
  readonly actions: Readonly<Record<string, Api3Action>>;
  /** Names the resource a call is about, for the call record. */
  readonly targetOf?: (action: string, params: Api3Params) => string | undefined;
}
