// The store's public surface for the app layer.
export type { Store, Repos } from './store.js';
export { openSqliteStore, type SqliteOptions } from './sqlite.js';
export type { NewApplication, ApplicationPatch, ApplicationFilter } from './repos/applications.js';
export type { NewContact } from './repos/contacts.js';
export type { NewInterview } from './repos/interviews.js';
export type { NewRejection } from './repos/rejections.js';
export type { NewFeedback, NewReflection, NewActionItem } from './repos/journal.js';
export type { StepToSave } from './repos/steps.js';
export type { ProfileRecord } from './repos/profiles.js';
export type { NewJobEmail, ImapFolderProgress, Correction } from './repos/emails.js';
export type { NewInteraction, NewContactEvent, NewSavedArticle, NewMilestone, ContactCadenceSetting, TouchBaseStepRef } from './repos/touch.js';
