// Stands in for `jsonwebtoken` inside function bundles. intuit-oauth requires it at load but uses
// it only in validateIdToken (OpenID Connect sign-in), which the product never calls; the real
// package brings semver, jws and lodash pieces with it. Any use fails loudly.
function unavailable() {
  throw new Error('jsonwebtoken is not bundled: the app functions do not validate ID tokens.');
}
module.exports = { verify: unavailable, decode: unavailable, sign: unavailable };
