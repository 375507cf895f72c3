/**
 * The runtime's public surface: everything generated code and users import. The contract with
 * the generator is docs/runtime-contract.md.
 */
export { createRuntime } from "./runtime.js";
export type { CallResponse, Runtime } from "./runtime.js";
export type {
  BinaryBody,
  CallArgs,
  CallOptions,
  HttpMethod,
  OperationSpec,
  PaginationSpec,
  QueryStyle,
  ScopedPath,
  SuccessBody,
  WaiterSpec,
} from "./operation.js";
export type { AuthScheme, RuntimeProfile, Security } from "./profile.js";
export type { ClientOptions, Clock, Hooks, RequestInfo, ResponseInfo, RetryInfo } from "./options.js";
export type { RateLimitOptions, RateLimitState } from "./rate-limit.js";
export type { RetryOptions } from "./retry.js";
export type { WaitOptions } from "./waiter.js";
export {
  ApiError,
  ArgumentError,
  ConfigError,
  ApiClientError,
  NetworkError,
  RedirectError,
  ResponseTooLargeError,
  RequestTimeoutError,
  WaiterError,
} from "./errors.js";
export type { RequestLabel } from "./errors.js";
export { isOperationError } from "./errorResponse.js";
export type { ApiErrorOf, ErrorResponse, OperationIn } from "./errorResponse.js";
export { withDeclaredHeaders } from "./responseHeaders.js";
export type { HeaderTypes, HeaderValueType, ResponseHeaders, ResponseWithHeaders } from "./responseHeaders.js";
export { PACKAGE_VERSION } from "./version.js";
