/** Status engine (DESIGN.md §6): progress, pace, status, forecast and plausibility flags. Pure functions. */
export * from './progress.calculator';
export * from './project-status.rules';
export * from './status-labels';
export * from './year-end.forecast';
export * from './value-flags.checker';
