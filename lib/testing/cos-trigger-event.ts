// The COS trigger message types and helpers live in the handler entry point, which deployed functions import; the
// testing toolkit offers the same ones, so that tests and handlers read messages with one implementation.
export * from '../handler';
