/** Unit assessment (考核, issue 11): the rubric, the facts of a period and their points. */
export * from './rubric';
export * from './scoring';
export * from './facts';
