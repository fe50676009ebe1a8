// Types of what the example handlers read from a COS trigger message: only the fields they use. The handlers
// are plain JavaScript (SCF runs them as they are); their `index.d.ts` files describe them with these types so
// that the tests call them type-checked. The full message is `CosTriggerEvent` in the library's testing toolkit.

/** One record of a COS trigger message, as far as the handlers read it. */
export interface CosTriggerRecordFields {
  readonly cos: {
    readonly cosBucket: { readonly name: string; readonly appid: string; readonly region: string };
    readonly cosObject: { readonly key: string; readonly size: number; readonly url?: string; readonly vid?: string };
  };
  readonly event: { readonly eventName: string; readonly eventTime: number };
}

/** The message an SCF function receives from a COS trigger. */
export interface CosTriggerMessage {
  readonly Records: readonly CosTriggerRecordFields[];
}

/** A log function, `console.log` by default. */
export type Log = (message: string) => void;
