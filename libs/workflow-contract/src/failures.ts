/**
 * The failures a workflow answers an update with, as both sides name them. A refusal (an
 * update validator's, or a handler's) is an ApplicationFailure of type `Refused` or
 * `Unstorable` whose first detail is the reason as a catalogue key with its values
 * (libs/domain's Message); the API renders it in the reader's language
 * (docs/decisions/0069-one-language-per-reader.md). A failure without that detail (a
 * history recorded before it) carries its reason in its message only.
 */
export const REFUSED_FAILURE = 'Refused';
/** The workflow could not store what was sent (422 at the API). */
export const UNSTORABLE_FAILURE = 'Unstorable';
