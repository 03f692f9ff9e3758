// The one seam to the XSD conformance checker: everything else in the emulator calls through here.
export {
  checkBatchRequest,
  checkEntity,
  checkResponse,
  type ConformanceIssue,
} from '../conformance/index.js';

export interface ConformanceViolation {
  where: string;
  issues: unknown;
}
