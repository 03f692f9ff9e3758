// Stands in for `winston` inside function bundles. intuit-oauth requires it at load but only
// creates a logger when constructed with `logging: true`, which the product never does (logging
// would write tokens to ./logs). Any use fails loudly instead of logging nowhere.
function unavailable() {
  throw new Error('winston is not bundled: construct intuit-oauth with logging: false.');
}
module.exports = {
  createLogger: unavailable,
  format: { combine: unavailable, timestamp: unavailable, printf: unavailable },
  transports: { File: unavailable },
};
