// Stands in for the `form-data` package inside function bundles. axios imports it for multipart
// bodies, which the app functions never send; the real package drags in 140 KiB of MIME tables.
module.exports = class FormData {
  constructor() {
    throw new Error('Multipart form bodies are not supported in the app functions.');
  }
};
