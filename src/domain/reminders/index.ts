/** Scheduled reminders: what is due now (issue 11). */
export * from './reminders-due';
