/** Parley's library entry: analyze(article) and the schema. */
export { analyze, runPipeline, toAnalysis } from './pipeline.js';
export * from './model/schema.js';
export type { Article, Doc } from './model/doc.js';
export type { AnalyzeOptions, Dictionaries, StageName } from './model/options.js';
