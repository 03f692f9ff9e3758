/**
 * What the functions load at cold start: the operation schemas on demand, and the wording of
 * validation problems. Importing the package's main entry for values would build every schema
 * at load; the functions take types from it and values from here and from `./catalog`.
 */
export { describeIssues, excerpt } from './issues';
export { loadOperationSchemas, type OperationSchemas } from './load-schemas';
export { operationRoutes } from './routes';
