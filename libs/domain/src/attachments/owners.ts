/**
 * What a file can be attached to. The store and its table are generic over (kind, id), so
 * a new owner (a directive's draft, a review's return) is a new kind here and a resolver
 * in AttachmentsRepository (docs/decisions/0075-attachments.md).
 */
export const ATTACHMENT_OWNER_KINDS = ['directive', 'task', 'report', 'explanation', 'draft', 'review'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

/** The collection of the owner's route: `/directives/{id}/attachments`, `/tasks/{id}/attachments`, … (`{id}` the owner's id when not last) */
export const ATTACHMENT_OWNER_ROUTES: Record<AttachmentOwnerKind, string> = {
  directive: 'directives',
  task: 'tasks',
  report: 'reports',
  explanation: 'explanations',
  draft: 'drafts',
  // A return's files hang off the report it returned: `/reports/{id}/review/attachments`.
  review: 'reports/{id}/review',
};
