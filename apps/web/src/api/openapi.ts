// Generated from the API's OpenAPI document (/docs/openapi.json) by openapi-typescript:
// do not edit. `npm run api-types` writes it again; test/e2e/openapi.e2e-spec.ts fails
// when it no longer matches the document.
/* eslint-disable */
export interface paths {
  '/api/v1/admin/stuck-workflows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AdminController_stuck'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/stuck-workflows/{workflowId}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AdminController_resolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/attachments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['AttachmentsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/attachments/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AttachmentsController_content'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/attachments/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AttachmentsController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_checkpoints'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CalendarController_year'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/deadlines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CalendarController_deadlines'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/overrides/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['CalendarController_upsert'];
    post?: never;
    delete: operations['CalendarController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/working-days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CalendarController_addWorkingDays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeliveriesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/redrive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DeliveriesController_redrive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DirectivesController_list'];
    put?: never;
    post: operations['DirectivesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directives/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DirectivesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directives/{id}/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DirectivesController_amend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directives/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AttachmentsController_ofDirective'];
    put?: never;
    post: operations['AttachmentsController_toDirective'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directives/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DirectivesController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directives/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HistoryController_directive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directives/{id}/uploads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AttachmentsController_uploadToDirective'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DraftsController_list'];
    put?: never;
    post: operations['DraftsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drafts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DraftsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['DraftsController_update'];
    trace?: never;
  };
  '/api/v1/drafts/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DraftsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drafts/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AttachmentsController_ofDraft'];
    put?: never;
    post: operations['AttachmentsController_toDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drafts/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DraftsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drafts/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DraftsController_return'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drafts/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DraftsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drafts/{id}/uploads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AttachmentsController_uploadToDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drafts/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DraftsController_createAmendment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/explanations/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ExplanationsController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/explanations/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AttachmentsController_ofExplanation'];
    put?: never;
    post: operations['AttachmentsController_toExplanation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/explanations/{id}/uploads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AttachmentsController_uploadToExplanation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/explanations/reasons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExplanationsController_reasons'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ChannelsController_view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/channels/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['ChannelsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/channels/sms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ChannelsController_addPhone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/channels/sms/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ChannelsController_verifyPhone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/channels/telegram': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ChannelsController_telegram'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/channels/zalo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ChannelsController_zalo'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PreferencesController_get'];
    put: operations['PreferencesController_set'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/work': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My work
     * @description What the signed-in person must do, most urgent first: overdue, due today, due within 3 working days, waiting for my review, explanations asked of me, reporting rounds not answered
     */
    get: operations['MyWorkController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NotificationsController_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NotificationsController_readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationsController_unread'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reorganisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The stored plans, most recent first (at most 50) */
    get: operations['ReorganisationsController_list'];
    put?: never;
    /** A reorganisation plan: preview or store */
    post: operations['ReorganisationsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reorganisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReorganisationsController_get'];
    put?: never;
    post?: never;
    delete: operations['ReorganisationsController_cancel'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reorganisations/{id}/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply a planned plan now, before its date */
    post: operations['ReorganisationsController_applyNow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-cycles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportingCyclesController_list'];
    put?: never;
    post: operations['ReportingCyclesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-cycles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportingCyclesController_get'];
    put: operations['ReportingCyclesController_amend'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-cycles/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportingCyclesController_end'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-cycles/{id}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportingCyclesController_pause'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-cycles/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportingCyclesController_resume'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-cycles/{id}/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportingCyclesController_listRounds'];
    put?: never;
    post: operations['ReportingCyclesController_openRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-rounds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportingCyclesController_round'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-rounds/{id}/deadlines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportingCyclesController_amendDeadlines'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-rounds/{id}/urge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportingCyclesController_urge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-rounds/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportingCyclesController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AttachmentsController_ofReport'];
    put?: never;
    post: operations['AttachmentsController_toReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TaskActionsController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/review/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AttachmentsController_ofReview'];
    put?: never;
    post: operations['AttachmentsController_toReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/review/uploads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AttachmentsController_uploadToReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/uploads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AttachmentsController_uploadToReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['StatsController_completion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['StatsController_overdue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/rankings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['StatsController_rankings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TasksController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TaskActionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TaskActionsController_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AttachmentsController_ofTask'];
    put?: never;
    post: operations['AttachmentsController_toTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/deadline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['LeaderActionsController_changeDeadline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/delegations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TaskActionsController_delegate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/explanations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExplanationsController_ofTask'];
    put?: never;
    post: operations['ExplanationsController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/extensions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TaskActionsController_requestExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/extensions/{requestId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TaskActionsController_decideExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HistoryController_task'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TaskActionsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/uploads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AttachmentsController_uploadToTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/urge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['LeaderActionsController_urge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/explanations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['LeaderActionsController_explainMany'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/urge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['LeaderActionsController_urgeMany'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UnitsController_list'];
    put?: never;
    post: operations['UnitsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UnitsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['UnitsController_update'];
    trace?: never;
  };
  '/api/v1/units/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['UnitsController_deactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/units/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HistoryController_unit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/units/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['UnitsController_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/units/{id}/subtree': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UnitsController_subtree'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/units/{unitId}/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WebhooksController_list'];
    put?: never;
    post: operations['WebhooksController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/units/{unitId}/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['WebhooksController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/units/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['UnitsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/uploads/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AttachmentsController_uploadStatus'];
    put: operations['AttachmentsController_putChunk'];
    post?: never;
    delete: operations['AttachmentsController_abandonUpload'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/uploads/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AttachmentsController_completeUpload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/clearance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['UsersController_clearance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['UsersController_deactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HistoryController_user'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['UsersController_reactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AccountStatusDto: {
      /** @example Retired */
      reason: string;
    };
    AcknowledgedDto: {
      acknowledged: boolean;
      /**
       * @example in_progress
       * @enum {string}
       */
      phase: 'awaiting_ack' | 'in_progress' | 'under_review' | 'revising' | 'completed' | 'cancelled';
    };
    AddPhoneDto: {
      /**
       * @description A Vietnamese mobile number as written; kept as +84…
       * @example 0912 345 678
       */
      phone: string;
    };
    AdjustmentDto: {
      indicator: string;
      note: string | null;
      /** @description Roll-up of those below */
      rollup: number | null;
      value: number;
    };
    AmendmentDto: {
      /**
       * Format: date-time
       * @description change_deadline
       * @example 2026-12-31T17:00:00+07:00
       */
      deadline?: string;
      /**
       * @description change_deadline, counted from the issue date
       * @example 15
       */
      deadlineWorkingDays?: number;
      /** @enum {string} */
      kind: 'add_task' | 'cancel_task' | 'change_deadline';
      /**
       * @description cancel_task
       * @example Nội dung đã lồng ghép vào nhiệm vụ khác
       */
      reason?: string;
      /** @description add_task */
      task?: components['schemas']['CreateTaskDto'];
      /**
       * Format: uuid
       * @description cancel_task, change_deadline
       */
      taskId?: string;
    };
    AmendRoundDeadlinesDto: {
      deadlines: components['schemas']['RoundLevelDeadlineDto'][];
    };
    AnswerExplanationDto: {
      /** @example Chờ số liệu tổng hợp từ các xã, đã hoàn thành ngày 10/10 */
      answer: string;
      /**
       * @description Reason category
       * @example data_not_available
       * @enum {string}
       */
      reasonCategory:
        | 'workload'
        | 'waiting_for_others'
        | 'data_not_available'
        | 'unclear_assignment'
        | 'staff_shortage'
        | 'objective_circumstances'
        | 'other';
    };
    AssignmentDto: {
      started: number;
      total: number;
    };
    AttachmentDto: {
      /** Format: date-time */
      createdAt: string;
      /**
       * @description Where to download it
       * @example /api/v1/attachments/{id}/content
       */
      href: string;
      /** Format: uuid */
      id: string;
      /**
       * @description Found from the bytes
       * @enum {string}
       */
      mediaType:
        | 'application/pdf'
        | 'image/png'
        | 'image/jpeg'
        | 'image/gif'
        | 'image/webp'
        | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        | 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
        | 'application/vnd.oasis.opendocument.text'
        | 'application/vnd.oasis.opendocument.spreadsheet'
        | 'application/vnd.oasis.opendocument.presentation'
        | 'application/msword'
        | 'application/vnd.ms-excel'
        | 'application/vnd.ms-powerpoint'
        | 'text/csv'
        | 'text/plain'
        | 'application/zip';
      /**
       * @description The name as given, NFC
       * @example Báo cáo quý II.pdf
       */
      name: string;
      /** Format: uuid */
      ownerId: string;
      /** @enum {string} */
      ownerKind: 'directive' | 'task' | 'report' | 'explanation' | 'draft' | 'review';
      /** @description SHA-256 (hex) */
      sha256: string;
      /** @description Bytes */
      size: number;
      uploadedBy: string;
    };
    AttachmentVerificationDto: {
      /** @description SHA-256 of the stored bytes now */
      actual: string | null;
      /** Format: uuid */
      id: string;
      /** @description SHA-256 recorded at upload */
      recorded: string;
      /** @description Removed, bytes kept */
      removed: boolean;
      /** @enum {string} */
      result: 'match' | 'mismatch' | 'missing';
    };
    BucketCountsDto: {
      cancelled: number;
      completed_late: number;
      completed_on_time: number;
      open_overdue: number;
      open_within_deadline: number;
    };
    BulkExplanationDto: {
      /** @example Đề nghị các đơn vị giải trình việc chậm báo cáo giao ban quý III */
      note: string;
      taskIds: string[];
      /**
       * @description Due in working days
       * @default 3
       * @example 3
       */
      workingDays?: number;
    };
    BulkItemDto: {
      /**
       * Format: date-time
       * @description explanations: when the answer is due
       */
      dueAt?: string;
      /**
       * Format: uuid
       * @description explanations: the request made
       */
      explanationId?: string;
      /**
       * Format: date-time
       * @description rate_limited, done (urge): when the next urge is allowed
       */
      nextAllowedAt?: string;
      /**
       * @description Why not: not visible, not the assigning side, closed, urged too recently, not late
       * @enum {string}
       */
      reason?: 'not_found' | 'forbidden' | 'closed' | 'rate_limited' | 'not_late';
      /** @enum {string} */
      status: 'done' | 'refused';
      /** Format: uuid */
      taskId: string;
    };
    BulkResultDto: {
      done: number;
      refused: number;
      /** @description One per id, in order */
      results: components['schemas']['BulkItemDto'][];
    };
    BulkUrgeDto: {
      /**
       * @description The leader’s note sent with the urge
       * @example Đề nghị đồng chí chỉ đạo hoàn thành báo cáo trước ngày 15/10
       */
      note: string;
      taskIds: string[];
    };
    CalendarOverrideViewDto: {
      /**
       * Format: date
       * @example 2025-04-26
       */
      date: string;
      documentNumber: string | null;
      /** @enum {string} */
      kind: 'day_off' | 'working_day';
      /** @example Làm bù */
      note: string;
      /** @example Saturday worked */
      noteEn: string | null;
      sourceNote: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** @example admin */
      updatedBy: string;
    };
    CalendarYearDto: {
      daysOff: components['schemas']['DayOffDto'][];
      overrides: components['schemas']['CalendarOverrideViewDto'][];
      /** @example Asia/Ho_Chi_Minh */
      timeZone: string;
      /** @description Saturdays and Sundays worked in exchange for a holiday */
      workingWeekends: string[];
      /** @example 2026 */
      year: number;
    };
    CancelDirectiveDto: {
      /** @example Văn bản được thay thế bởi Kế hoạch số 20-KH/TU */
      reason: string;
    };
    CarriedItemDto: {
      /** Format: date-time */
      deadline: string;
      label: string;
      periodKey: string;
      /** Format: uuid */
      roundId: string;
      /**
       * @description The task's status, or 'pending' before it exists
       * @example assigned
       */
      status: string;
      /** Format: uuid */
      taskId: string;
      /** Format: uuid */
      unitId: string;
    };
    ChainBreakDto: {
      detail: string;
      eventId?: string;
      pos: string;
      /** @enum {string} */
      problem: 'row_changed' | 'row_missing' | 'gap' | 'unchained_row' | 'checkpoint_mismatch' | 'head_mismatch';
      seq?: string;
    };
    ChainHeadDto: {
      hash: string;
      pos: string;
    };
    ChainVerificationDto: {
      checkedLinks: number;
      firstBreak: components['schemas']['ChainBreakDto'] | null;
      /** @description The checkpoint trusted */
      fromCheckpoint: string | null;
      fromPos: string;
      head: components['schemas']['ChainHeadDto'];
      ok: boolean;
    };
    ChangeDeadlineDto: {
      /**
       * Format: date-time
       * @description The new deadline, with an offset
       * @example 2026-12-31T17:00:00+07:00
       */
      deadline: string;
      /**
       * @description Why
       * @example Điều chỉnh theo Kết luận của Thường trực Tỉnh ủy
       */
      reason: string;
    };
    ChangePasswordDto: {
      /** @example DonDoc@2026 */
      currentPassword: string;
      /**
       * @description At least 10 characters, not the username, not a common password
       * @example Mật-khẩu-mới-đủ-dài-2026
       */
      newPassword: string;
    };
    ChannelAddressDto: {
      /** @description The phone number (+84…), the Zalo follower or the Telegram chat; null while a link waits */
      address: string | null;
      /** @enum {string} */
      channel: 'sms' | 'zalo' | 'telegram';
      /**
       * Format: date-time
       * @description When the pending code or link expires
       */
      codeExpiresAt: string | null;
      /** Format: uuid */
      id: string;
      /** @description Only verified addresses receive notices */
      verified: boolean;
      /** Format: date-time */
      verifiedAt: string | null;
    };
    ChannelsAvailableDto: {
      sms: boolean;
      telegram: boolean;
      zalo: boolean;
    };
    ChannelsViewDto: {
      addresses: components['schemas']['ChannelAddressDto'][];
      /** @description The channels this installation has turned on */
      available: components['schemas']['ChannelsAvailableDto'];
    };
    CheckpointDto: {
      /** Format: date */
      day: string;
      hash: string;
      pos: string;
      rowCount: string;
      /** Format: date-time */
      takenAt: string;
    };
    ClearanceDto: {
      /** @description true: grant; false: withdraw */
      granted: boolean;
    };
    CompletionDto: {
      heading: components['schemas']['ReportHeadingDto'];
      rows: components['schemas']['CompletionRowDto'][];
      rules: components['schemas']['CountingRulesDto'];
      total: components['schemas']['CompletionRowDto'];
    };
    CompletionRowDto: {
      cancelled: number;
      completedLate: number;
      completedOnTime: number;
      extended: number;
      key: string;
      label: string;
      /** @description % */
      lateRate: number | null;
      notes: string;
      /** @description % */
      onTimeRate: number | null;
      openOverdue: number;
      openWithinDeadline: number;
      /** @description % */
      overdueRate: number | null;
      /** @description Units ended into this one by the table’s instant (a merger): their tasks are counted here (“gồm: …”); empty otherwise */
      predecessors: components['schemas']['UnitRefDto'][];
      total: number;
      /** @description null on the total row */
      tt: number | null;
    };
    CountingRulesDto: {
      /** Format: date-time */
      asOf: string;
      asOfLabel: string;
      /** @enum {string} */
      basis: 'assigned' | 'due';
      /** @enum {string} */
      cancelled: 'excluded';
      /** Format: date */
      from: string;
      /** @example 01/07/2026 */
      fromLabel: string;
      /** @enum {string} */
      grouping: 'unit' | 'directive' | 'month' | 'quarter';
      /** @enum {string} */
      mode: 'current' | 'original';
      /** @enum {string} */
      subtasks: 'include' | 'exclude';
      /** Format: date */
      to: string;
      /** @example 30/09/2026 */
      toLabel: string;
    };
    CreateAmendmentDraftDto: {
      amendment: components['schemas']['AmendmentDto'];
      /**
       * Format: uuid
       * @description The directive to amend
       */
      directiveId: string;
    };
    CreateDirectiveDto: {
      /**
       * @default normal
       * @enum {string}
       */
      confidentiality?: 'normal' | 'secret';
      /**
       * @description Document number <number>-<type>/<issuing body>; the pattern is the canonical form (the API also reads "Kế hoạch số 15-KH/TU", other dashes, lower case)
       * @example 15-KH/TU
       */
      documentNumber: string;
      /** @description Recipients by rule instead of a list: every active unit of the kinds under the root (up to 200,000) */
      expansion?: components['schemas']['DirectiveExpansionDto'];
      /**
       * @description Issue date (YYYY-MM-DD)
       * @example 2026-11-23
       */
      issueDate: string;
      /**
       * Format: uuid
       * @description Issuing unit (default: yours)
       */
      issuingUnitId?: string;
      /** @example Triển khai Quyết định số 290-QĐ/TW về Quy chế công tác dân vận của hệ thống chính trị. */
      summary?: string;
      /** @description The tasks, each with its lead unit (or use expansion) */
      tasks?: components['schemas']['CreateTaskDto'][];
      /** @example Kế hoạch thực hiện công tác dân vận 6 tháng cuối năm 2026 */
      title: string;
      /**
       * @default normal
       * @enum {string}
       */
      urgency?: 'normal' | 'urgent';
    } & (unknown | unknown);
    CreateTaskDto: {
      /** @description Coordinating units */
      coordinatingUnitIds?: string[];
      /**
       * Format: date-time
       * @description Absolute deadline with offset (or use deadlineWorkingDays)
       * @example 2026-12-15T17:00:00+07:00
       */
      deadline?: string;
      /**
       * @description N working days after the issue date
       * @example 10
       */
      deadlineWorkingDays?: number;
      /** @example Tổng hợp kết quả của các cơ quan, đơn vị; gửi Thường trực Tỉnh ủy. */
      description?: string;
      /**
       * @example {
       *       "stepDelay": {
       *         "workingDays": 1
       *       },
       *       "repeatAtTop": {
       *         "workingDays": 3
       *       }
       *     }
       */
      escalationPolicy?: components['schemas']['EscalationPolicyDto'];
      indicators?: components['schemas']['IndicatorDto'][];
      /**
       * Format: uuid
       * @description Lead unit
       */
      leadUnitId: string;
      /**
       * @example {
       *       "before": [
       *         {
       *           "workingDays": 5
       *         },
       *         {
       *           "workingDays": 2
       *         },
       *         {
       *           "workingDays": 1
       *         }
       *       ],
       *       "onDeadlineDayAt": "08:00"
       *     }
       */
      reminderPolicy?: components['schemas']['ReminderPolicyDto'];
      /** @default true */
      reportRequired?: boolean;
      /** @example Báo cáo theo đề cương kèm theo; số liệu tính đến ngày 14/6. */
      reportTemplate?: string;
      /**
       * @description Review period: {workingDays} or {duration}; default from configuration
       * @example {
       *       "workingDays": 5
       *     }
       */
      reviewPeriod?:
        | {
            workingDays: number;
          }
        | {
            /** @example P2D */
            duration: string;
          };
      /**
       * @description Revision period after a return; default from configuration
       * @example {
       *       "duration": "P2D"
       *     }
       */
      revisionPeriod?:
        | {
            workingDays: number;
          }
        | {
            /** @example P2D */
            duration: string;
          };
      /** @example Xây dựng báo cáo sơ kết công tác dân vận 6 tháng đầu năm */
      title: string;
    } & (unknown | unknown);
    CreateUnitDto: {
      /**
       * @description Unique code
       * @example MTTQ-TINH
       */
      code: string;
      /**
       * Format: email
       * @example chutich@mttq.example.vn
       */
      headEmail?: string;
      /** @example Nguyễn Văn Bình */
      headName?: string;
      /** @example 0269 3824 123 */
      headPhone?: string;
      /** @example Chủ tịch */
      headTitle?: string;
      /**
       * @example fatherland_front
       * @enum {string}
       */
      kind:
        | 'party_committee'
        | 'advisory_board'
        | 'fatherland_front'
        | 'mass_organisation'
        | 'armed_force'
        | 'state_agency'
        | 'commune'
        | 'other';
      /** @example Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh */
      name: string;
      /**
       * Format: uuid
       * @description Parent unit
       */
      parentId?: string | null;
    };
    CreateUserDto: {
      /**
       * Format: email
       * @example hoa.tt@example.vn
       */
      email?: string;
      /** @example Trần Thị Hoa */
      fullName: string;
      /**
       * @description Head of the unit
       * @default false
       */
      isHead?: boolean;
      /** @example Mật-khẩu-đủ-dài-2026 */
      password: string;
      /**
       * @example officer
       * @enum {string}
       */
      role: 'admin' | 'leader' | 'officer' | 'auditor';
      /**
       * @description Cleared to read secret content (auditors)
       * @default false
       */
      secretClearance?: boolean;
      /** Format: uuid */
      unitId: string;
      /** @example mttq.xa.iagrai */
      username: string;
    };
    CycleDto: {
      /**
       * Format: uuid
       * @description The unit that consolidates for the issuer
       */
      consolidatingUnitId?: string;
      /**
       * @example state
       * @enum {string}
       */
      cutOffRule?: 'state' | 'calendar';
      endsAt?: string | null;
      escalationPolicy?: components['schemas']['EscalationPolicyDto'];
      /**
       * @description Or an ISO duration for tests
       * @example quarterly
       */
      frequency: string;
      /**
       * @example [
       *       {
       *         "name": "Xã không ma túy",
       *         "unitOfMeasure": "xã",
       *         "target": {
       *           "min": 4,
       *           "max": 5
       *         },
       *         "aggregation": "sum",
       *         "direction": "higher"
       *       },
       *       {
       *         "name": "Số vụ việc phức tạp",
       *         "unitOfMeasure": "vụ",
       *         "target": 0,
       *         "aggregation": "sum",
       *         "direction": "lower"
       *       }
       *     ]
       */
      indicators?: components['schemas']['CycleIndicatorDto'][];
      /**
       * Format: uuid
       * @example 6f1c3b2a-1d4e-4c5f-8a9b-0c1d2e3f4a5b
       */
      issuingUnitId: string;
      /**
       * @description The legal basis
       * @example Quyết định số 461-QĐ/TU ngày 14/12/2021
       */
      legalBasis: string;
      /**
       * @example [
       *       {
       *         "level": "xã",
       *         "workingDaysAfterCutOff": 2
       *       },
       *       {
       *         "level": "tổng hợp",
       *         "workingDaysAfterCutOff": 4
       *       }
       *     ]
       */
      levelDeadlines: components['schemas']['LevelDeadlineDto'][];
      /**
       * @example {
       *       "subtrees": [
       *         {
       *           "rootUnitId": "6f1c3b2a-1d4e-4c5f-8a9b-0c1d2e3f4a5b",
       *           "kinds": [
       *             "commune",
       *             "fatherland_front"
       *           ]
       *         }
       *       ]
       *     }
       */
      recipients: components['schemas']['RecipientRuleDto'];
      reminderPolicy?: components['schemas']['ReminderPolicyDto'];
      /** @example Đề cương báo cáo kèm theo Quyết định 461-QĐ/TU */
      reportTemplate?: string;
      reviewPeriod?:
        | (
            | {
                workingDays: number;
              }
            | {
                /** @example P2D */
                duration: string;
              }
          )
        | null;
      /** @example 2026-01-01T00:00:00+07:00 */
      startsAt: string;
      /** @example Báo cáo tình hình nhân dân và công tác dân vận */
      title: string;
    };
    CycleIndicatorDto: {
      /** @enum {string} */
      aggregation: 'sum' | 'mean' | 'min' | 'max' | 'count' | 'ratio';
      /** @enum {string} */
      direction: 'higher' | 'lower';
      name: string;
      ratioOf?: components['schemas']['RatioOfDto'] | null;
      /** @description A number or a range */
      target:
        | (
            | number
            | {
                max: number;
                min: number;
              }
          )
        | null;
      unitOfMeasure: string;
    };
    CycleRecipientMoveDto: {
      /** Format: uuid */
      cycleId: string;
      /** @description The unit it moves from */
      fromCode: string;
      /** @description Its current name, for “formerly …” */
      fromName: string;
      /** @enum {string} */
      role: 'issuer' | 'consolidating' | 'recipient' | 'subtreeRoot';
      title: string;
      /** @description The successor’s code; null: none chosen */
      toCode: string | null;
    };
    DayOffDto: {
      /**
       * Format: date
       * @example 2026-02-17
       */
      date: string;
      /** @example Tết Nguyên đán (mùng 1) */
      name: string;
      /**
       * @description Tên bằng tiếng Anh; null khi chưa có
       * @example Lunar New Year (day 1)
       */
      nameEn: string | null;
      /** @enum {string} */
      source: 'law' | 'carry_over' | 'override';
    };
    DeactivatedUnitDto: {
      /** @description Every open task has taken the hand-over; false: it goes on after this answer */
      handOverCompleted: boolean;
      /** @description Open tasks it led, handed over to the successor through each task’s workflow */
      movedTaskIds: string[];
      unit: components['schemas']['UnitDto'];
    };
    DeactivateUnitDto: {
      /** @example Hợp nhất theo Nghị quyết của Ban Chấp hành Trung ương */
      reason: string;
      /**
       * Format: uuid
       * @description Unit that takes over open tasks
       */
      successorId: string;
    };
    DeadlineChangedDto: {
      /** Format: date-time */
      deadline: string;
      /** Format: date-time */
      originalDeadline: string;
      /** Format: uuid */
      taskId: string;
    };
    DeadlineCountsDto: {
      completed_late: number;
      completed_on_time: number;
      open_overdue: number;
      open_within_deadline: number;
    };
    DeadlineDayDto: {
      counts: components['schemas']['DeadlineCountsDto'];
      /**
       * Format: date
       * @example 2026-12-07
       */
      date: string;
      /**
       * @description The holiday’s name
       * @example Quốc khánh
       */
      holiday: string | null;
      /**
       * @description The holiday’s English name; null when it has none
       * @example National Day
       */
      holidayEn: string | null;
      /** @description The first 20 tasks */
      tasks: components['schemas']['DeadlineTaskDto'][];
      /** @description Deadlines on the day */
      total: number;
      /** @description A working day */
      workingDay: boolean;
    };
    DeadlinesDto: {
      days: components['schemas']['DeadlineDayDto'][];
      /** Format: date */
      from: string;
      subtree: boolean;
      /** @example Asia/Ho_Chi_Minh */
      timeZone: string;
      /** Format: date */
      to: string;
      /** Format: uuid */
      unitId: string;
    };
    DeadlineTaskDto: {
      /** @enum {string} */
      bucket: 'open_within_deadline' | 'open_overdue' | 'completed_on_time' | 'completed_late' | 'cancelled';
      /** Format: date-time */
      deadline: string;
      /** Format: uuid */
      directiveId: string;
      /** @example 25-KH/BDVTU */
      documentNumber: string;
      /** Format: uuid */
      id: string;
      /** @example Ủy ban MTTQ Việt Nam tỉnh Gia Lai */
      leadUnitName: string;
      /** @example Báo cáo sơ kết 6 tháng */
      title: string;
    };
    DecideExtensionDto: {
      /** @example true */
      approve: boolean;
      /** @example Đồng ý gia hạn một lần */
      comment?: string;
    };
    DelegatedSubtaskDto: {
      /** Format: date-time */
      deadline: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      leadUnitId: string;
      title: string;
    };
    DelegateTaskDto: {
      subtasks: components['schemas']['SubtaskDto'][];
    };
    DelegationDto: {
      /** Format: uuid */
      delegationId: string;
      /** Format: uuid */
      parentTaskId: string;
      subtasks: components['schemas']['DelegatedSubtaskDto'][];
    };
    DeliveryDto: {
      /** @description The e-mail address, the webhook URL, the phone number, Zalo follower or Telegram chat */
      address: string;
      attempts: number;
      /** @enum {string} */
      channel: 'email' | 'webhook' | 'sms' | 'zalo' | 'telegram';
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @example escalation */
      kind: string;
      lastError: string | null;
      /** Format: date-time */
      notBefore: string;
      noticeId: string;
      redrives: number;
      /** Format: date-time */
      sentAt: string | null;
      /** @enum {string} */
      status: 'pending' | 'sending' | 'sent' | 'dead' | 'held' | 'digested' | 'skipped';
      /** Format: uuid */
      taskId: string | null;
      /** Format: uuid */
      unitId: string;
    };
    DeliveryPage: {
      items: components['schemas']['DeliveryDto'][];
      /** @description The count before paging */
      total: number;
    };
    DeliveryTallyDto: {
      /** @example email */
      channel: string;
      count: number;
      /** @example sent */
      status: string;
    };
    DependencyHealthDto: {
      error?: string;
      latencyMs: number;
      /** @enum {string} */
      status: 'up' | 'down';
    };
    DescendantViewDto: {
      /** @enum {string} */
      bucket: 'open_within_deadline' | 'open_overdue' | 'completed_on_time' | 'completed_late' | 'cancelled';
      /** Format: date-time */
      deadline: string;
      /** Format: uuid */
      id: string;
      leadUnit: components['schemas']['LeadUnitRefDto'];
      /**
       * Format: uuid
       * @description The task it was delegated from
       */
      parentTaskId: string;
      /** @enum {string} */
      status: 'assigned' | 'overdue' | 'completed' | 'cancelled';
      title: string;
    };
    DirectiveDto: {
      /** Format: date-time */
      acceptedAt: string;
      assignment: components['schemas']['AssignmentDto'];
      cancelReason: string | null;
      /** @enum {string} */
      confidentiality: 'normal' | 'secret';
      /** @example bdv.tinh */
      createdBy: string;
      /** @example 15-KH/TU */
      documentNumber: string;
      /** @example 15-KH/TU */
      documentNumberNormalized: string;
      /** Format: uuid */
      id: string;
      /**
       * Format: date
       * @example 2026-11-23
       */
      issueDate: string;
      issuingUnit: components['schemas']['UnitRefDto'];
      periodic: components['schemas']['PeriodicDto'] | null;
      progress: components['schemas']['BucketCountsDto'];
      /** @enum {string} */
      status: 'active' | 'completed' | 'cancelled';
      summary: string | null;
      /** @description How many tasks the reader sees; `tasks` carries the first 1,000 at most, the rest are pages of GET /tasks?directiveId= */
      taskCount: number;
      tasks: components['schemas']['DirectiveTaskDto'][];
      title: string;
      /** @example KH */
      type: string;
      /** @example Kế hoạch */
      typeName: string;
      /** @enum {string} */
      urgency: 'normal' | 'urgent';
    };
    DirectiveExpansionDto: {
      /**
       * @description Kinds of unit that receive a task
       * @example [
       *       "commune",
       *       "fatherland_front"
       *     ]
       */
      kinds: (
        | 'party_committee'
        | 'advisory_board'
        | 'fatherland_front'
        | 'mass_organisation'
        | 'armed_force'
        | 'state_agency'
        | 'commune'
        | 'other'
      )[];
      /**
       * @description Levels below the root: 0 the root, 1 directly under it, …; absent: every level
       * @example [
       *       1,
       *       2
       *     ]
       */
      levels?: number[];
      /**
       * Format: uuid
       * @description Root unit: the rule reaches its subtree, itself included
       */
      rootUnitId: string;
      /** @description The task each unit gets */
      task: components['schemas']['TaskTemplateDto'];
    };
    DirectiveSummaryDto: {
      /** Format: date-time */
      acceptedAt: string;
      /** @enum {string} */
      confidentiality: 'normal' | 'secret';
      /** @example 15-KH/TU */
      documentNumber: string;
      /** @example 15-KH/TU */
      documentNumberNormalized: string;
      /** Format: uuid */
      id: string;
      /**
       * Format: date
       * @example 2026-11-23
       */
      issueDate: string;
      issuingUnit: components['schemas']['UnitRefDto'];
      periodic: components['schemas']['PeriodicDto'] | null;
      progress: components['schemas']['BucketCountsDto'];
      /** @enum {string} */
      status: 'active' | 'completed' | 'cancelled';
      title: string;
      /** @example KH */
      type: string;
      /** @example Kế hoạch */
      typeName: string;
      /** @enum {string} */
      urgency: 'normal' | 'urgent';
    };
    DirectiveSummaryPage: {
      items: components['schemas']['DirectiveSummaryDto'][];
      /** @description The next page: send it back as `after` (null on the last page) */
      nextCursor: string | null;
      /** @description The count of the filter before paging, as counted at totalAsOf: counted again after a few seconds, not for every page */
      total: number;
      /**
       * Format: date-time
       * @description When the total was counted
       */
      totalAsOf: string;
    };
    DirectiveTaskDto: {
      /** @enum {string} */
      bucket: 'open_within_deadline' | 'open_overdue' | 'completed_on_time' | 'completed_late' | 'cancelled';
      cancelReason: string | null;
      /** Format: date-time */
      completedAt: string | null;
      coordinatingUnits: components['schemas']['UnitRefDto'][];
      /** Format: date-time */
      deadline: string;
      deadlineWorkingDays: number | null;
      depth: number;
      description: string | null;
      escalationPolicy: components['schemas']['EscalationPolicyDto'];
      /** Format: uuid */
      id: string;
      indicators: components['schemas']['IndicatorViewDto'][];
      leadUnit: components['schemas']['LeadUnitRefDto'];
      /** Format: date-time */
      originalDeadline: string;
      /** Format: uuid */
      parentTaskId: string | null;
      progress: components['schemas']['ProgressDto'];
      reminderPolicy: components['schemas']['ReminderPolicyDto'];
      reportRequired: boolean;
      reportTemplate: string | null;
      /** @description The configured period */
      reviewPeriod:
        | (
            | {
                workingDays: number;
              }
            | {
                /** @example P2D */
                duration: string;
              }
          )
        | null;
      /** @description The configured period */
      revisionPeriod:
        | (
            | {
                workingDays: number;
              }
            | {
                /** @example P2D */
                duration: string;
              }
          )
        | null;
      /** @enum {string} */
      status: 'assigned' | 'overdue' | 'completed' | 'cancelled';
      title: string;
    };
    DraftCommentDto: {
      /** Format: date-time */
      at: string;
      /** @example thuongtruc.tu */
      by: string;
      comments: string;
      submission: number;
    };
    DraftDto: {
      /** @description The amendment (an amendment draft) */
      amendment: components['schemas']['AmendmentDto'] | null;
      /** Format: uuid */
      approverId: string | null;
      /** @example Nguyễn Văn Thường */
      approverName: string | null;
      /** @description The directive body (a new directive) */
      body: components['schemas']['CreateDirectiveDto'] | null;
      /** @description The comments of each return */
      comments: components['schemas']['DraftCommentDto'][];
      /** @example vp.tu */
      createdBy: string;
      /**
       * Format: uuid
       * @description The directive issued, or the one amended
       */
      directiveId: string | null;
      /** @example 12-KH/TU */
      documentNumber: string;
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description The issuing unit
       */
      issuingUnitId: string;
      /**
       * @description A new directive or an amendment
       * @enum {string}
       */
      kind: 'directive' | 'amendment';
      rejectReason: string | null;
      /** @description The body as it stood when the approver last returned it (a new directive returned at least once): what the edit since is compared with */
      returnedBody: components['schemas']['CreateDirectiveDto'] | null;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'approved' | 'rejected';
      submission: number;
      /** Format: date-time */
      submittedAt: string | null;
      /** @example Kế hoạch công tác dân vận năm 2026 */
      title: string;
      /**
       * Format: uuid
       * @description The drafting unit
       */
      unitId: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    DraftSummaryDto: {
      /** Format: uuid */
      approverId: string | null;
      /** @example Nguyễn Văn Thường */
      approverName: string | null;
      /** @example vp.tu */
      createdBy: string;
      /**
       * Format: uuid
       * @description The directive issued, or the one amended
       */
      directiveId: string | null;
      /** @example 12-KH/TU */
      documentNumber: string;
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description The issuing unit
       */
      issuingUnitId: string;
      /**
       * @description A new directive or an amendment
       * @enum {string}
       */
      kind: 'directive' | 'amendment';
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'approved' | 'rejected';
      submission: number;
      /** Format: date-time */
      submittedAt: string | null;
      /** @example Kế hoạch công tác dân vận năm 2026 */
      title: string;
      /**
       * Format: uuid
       * @description The drafting unit
       */
      unitId: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    DraftSummaryPage: {
      items: components['schemas']['DraftSummaryDto'][];
      /** @description The count before paging */
      total: number;
    };
    EndCycleDto: {
      /**
       * @description Open rounds: keep running, or withdraw them
       * @enum {string}
       */
      openRounds: 'keep' | 'withdraw';
      /** @description Required with openRounds = withdraw */
      reason?: string;
    };
    EndedCycleDto: {
      /** Format: uuid */
      consolidatingUnitId: string | null;
      /** @enum {string} */
      cutOffRule: 'state' | 'calendar';
      /** Format: date-time */
      endsAt: string | null;
      escalationPolicy: components['schemas']['EscalationPolicyDto'];
      /** @example quarterly */
      frequency: string;
      /** Format: uuid */
      id: string;
      indicators: components['schemas']['CycleIndicatorDto'][];
      /** Format: uuid */
      issuingUnitId: string;
      legalBasis: string;
      /** @example 461-QĐ/TU */
      legalBasisNormalized: string;
      levelDeadlines: components['schemas']['LevelDeadlineDto'][];
      /** @enum {string} */
      openRounds: 'keep' | 'withdraw';
      recipients: components['schemas']['RecipientRuleDto'];
      reminderPolicy: components['schemas']['ReminderPolicyDto'];
      reportTemplate: string | null;
      reviewPeriod:
        | (
            | {
                workingDays: number;
              }
            | {
                /** @example P2D */
                duration: string;
              }
          )
        | null;
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status: 'active' | 'paused' | 'ended';
      title: string;
      version: number;
      /** @description Rounds withdrawn */
      withdrawnRounds: string[];
    };
    ErrorBody: {
      details: {
        field: string;
        message: string;
      }[];
      /** @example Bad Request */
      error: string;
      /** @example Invalid input */
      message: string;
      /** @example 400 */
      statusCode: number;
    };
    EscalationPolicyDto: {
      /** @description Repeat interval at the top */
      repeatAtTop:
        | {
            workingDays: number;
          }
        | {
            /** @example P2D */
            duration: string;
          };
      /** @description Delay before each next level */
      stepDelay:
        | {
            workingDays: number;
          }
        | {
            /** @example P2D */
            duration: string;
          };
    };
    ExplanationAnsweredDto: {
      /** Format: date-time */
      answeredAt: string | null;
      /** Format: uuid */
      explanationId: string;
      /** @enum {string} */
      status: 'open' | 'answered';
    };
    ExplanationDto: {
      answer: string | null;
      /** Format: date-time */
      answeredAt: string | null;
      answeredBy: string | null;
      /** Format: date-time */
      dueAt: string;
      /** Format: uuid */
      id: string;
      note: string;
      reason: components['schemas']['ReasonDto'] | null;
      /** Format: date-time */
      requestedAt: string;
      requestedBy: string;
      /** Format: uuid */
      requestingUnitId: string;
      /** @enum {string} */
      status: 'open' | 'answered';
      /** Format: uuid */
      taskId: string;
      /** Format: uuid */
      unitId: string;
      workingDays: number;
    };
    ExplanationMoveDto: {
      /** Format: uuid */
      explanationId: string;
      /** @description The unit it moves from */
      fromCode: string;
      /** @description Its current name, for “formerly …” */
      fromName: string;
      /** @enum {string} */
      role: 'asked' | 'requesting';
      /** Format: uuid */
      taskId: string;
      /** @description The successor’s code; null: none chosen */
      toCode: string | null;
    };
    ExplanationRequestedDto: {
      /** Format: date-time */
      dueAt: string;
      /** Format: uuid */
      explanationId: string;
      /** Format: uuid */
      taskId: string;
      /**
       * Format: uuid
       * @description The unit asked
       */
      unitId: string;
    };
    ExtensionDecidedDto: {
      /** Format: date-time */
      deadline: string;
      /** Format: date-time */
      originalDeadline: string;
    };
    ExtensionRequestedDto: {
      /** Format: uuid */
      requestId: string;
    };
    ExtensionViewDto: {
      decisionComment: string | null;
      /** Format: uuid */
      id: string;
      reason: string;
      /** Format: date-time */
      requestedDeadline: string | null;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected';
    };
    FailingActivityDto: {
      /** @example recordDirective */
      activityType: string;
      /**
       * @description The current attempt
       * @example 7
       */
      attempt: number;
      /** @example invalid byte sequence for encoding "UTF8": 0x00 */
      lastFailure: string | null;
    };
    FieldChangeDto: {
      after:
        | (
            | string
            | number
            | boolean
            | {
                [key: string]: unknown;
              }
            | unknown[]
          )
        | null;
      before:
        | (
            | string
            | number
            | boolean
            | {
                [key: string]: unknown;
              }
            | unknown[]
          )
        | null;
      field: string;
    };
    FormerUnitDto: {
      /** @example DU-CHUSE */
      code: string;
      /** @example Đảng ủy xã Chư Sê */
      name: string;
    };
    HandOverUnitDto: {
      code: string;
      /** Format: uuid */
      id: string;
      name: string;
    };
    HealthChecksDto: {
      postgres: components['schemas']['DependencyHealthDto'];
      temporal: components['schemas']['DependencyHealthDto'];
    };
    HealthReportDto: {
      checks: components['schemas']['HealthChecksDto'];
      /** @enum {string} */
      status: 'ok' | 'degraded';
    };
    HistoryEntityDto: {
      id: string;
      /** @example task */
      type: string;
    };
    HistoryEntryDto: {
      /** @example task.cancelled */
      action: string;
      actor: components['schemas']['SystemActorDto'] | components['schemas']['UserActorDto'];
      /** Format: date-time */
      at: string;
      changes: components['schemas']['FieldChangeDto'][];
      entity: components['schemas']['HistoryEntityDto'];
      /** @description A task.handed_over row: the units, named */
      handOver?: components['schemas']['HistoryHandOverDto'];
      /** @enum {string} */
      kind: 'change' | 'notice';
      label: components['schemas']['LabelDto'];
      notice?: components['schemas']['HistoryNoticeDto'];
      related: components['schemas']['HistoryRelatedDto'];
    };
    HistoryHandOverDto: {
      /** @description The unit the task left */
      from: components['schemas']['HandOverUnitDto'];
      /** @description Its successor */
      to: components['schemas']['HandOverUnitDto'];
    };
    HistoryNoticeDto: {
      deliveries: components['schemas']['DeliveryTallyDto'][];
      /** Format: uuid */
      lateUnitId: string | null;
      level: number | null;
      noticeId: string;
      readBy: number;
      recipients: number;
      targetUnit: components['schemas']['HistoryUnitRefDto'] | null;
    };
    HistoryPageDto: {
      items: components['schemas']['HistoryEntryDto'][];
      limit: number;
      offset: number;
      total: number;
    };
    HistoryRelatedDto: {
      /** Format: uuid */
      directiveId: string | null;
      /** Format: uuid */
      taskId: string | null;
    };
    HistoryUnitRefDto: {
      /** Format: uuid */
      id: string;
      name: string | null;
    };
    ImportUnitDto: {
      /** @example XA-IAGRAI */
      code: string;
      headEmail?: string;
      headName?: string;
      headPhone?: string;
      /**
       * @example commune
       * @enum {string}
       */
      kind:
        | 'party_committee'
        | 'advisory_board'
        | 'fatherland_front'
        | 'mass_organisation'
        | 'armed_force'
        | 'state_agency'
        | 'commune'
        | 'other';
      /** @example Đảng ủy xã Ia Grai */
      name: string;
      /**
       * @description Parent code
       * @example TU-GL
       */
      parentCode?: string | null;
    };
    ImportUnitsDto: {
      units: components['schemas']['ImportUnitDto'][];
    };
    InboxDto: {
      items: components['schemas']['InboxItemDto'][];
      total: number;
      /** @description Unread, in all */
      unread: number;
    };
    InboxItemDto: {
      /** @description In the reader's language only; one fact a line */
      body: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Where else it went to the reader, per channel, with the provider’s receipt when there is one */
      deliveries: components['schemas']['NoticeDeliveryDto'][];
      /** Format: uuid */
      directiveId: string | null;
      /** Format: uuid */
      id: string;
      /**
       * @description One of task_assigned, ack_due, reminder, overdue, escalation, report_submitted, report_returned, review_due, extension_requested, extension_decided, cancelled, subtasks_completed, urged, approval_reminder, approval_escalation
       * @example escalation
       */
      kind: string;
      /** Format: uuid */
      lateUnitId: string | null;
      /** @description Escalation level */
      level: number | null;
      /** Format: date-time */
      readAt: string | null;
      /** Format: uuid */
      taskId: string | null;
      /** @description In the reader's language only: their stored preference, else Accept-Language, else Vietnamese (worded when read) */
      title: string;
    };
    IndicatorDto: {
      /** @example Số huyện không ma túy */
      name: string;
      /** @example 5 */
      target?: number | null;
      /** @example huyện */
      unitOfMeasure: string;
    };
    IndicatorValueDto: {
      /** @example Số huyện không ma túy */
      name: string;
      /**
       * @description Why a consolidating unit adjusts its roll-up
       * @example Cộng thêm 1 xã đạt chuẩn sau ngày chốt số liệu
       */
      note?: string;
      /** @example 4 */
      value: number;
    };
    IndicatorValueViewDto: {
      name: string;
      /** @description Why the roll-up is adjusted */
      note?: string;
      value: number;
    };
    IndicatorViewDto: {
      /** @example Số huyện không ma túy */
      name: string;
      /** @example 5 */
      target: number | null;
      /** @example huyện */
      unitOfMeasure: string;
    };
    LabelDto: {
      /** @example Heavy workload */
      en: string;
      /** @example Khối lượng công việc lớn */
      vi: string;
    };
    LeadUnitRefDto: {
      /** @example BDV-TU */
      code: string;
      /** @description The lead unit the task left at its last hand-over (a unit ended into its successor); null: never handed over */
      formerly: components['schemas']['FormerUnitDto'] | null;
      /** Format: uuid */
      id: string;
      /** @example Ban Dân vận Tỉnh ủy */
      name: string;
    };
    LevelDeadlineDto: {
      /** @description ISO 8601 duration */
      afterCutOff?: string;
      /** @example xã */
      level: string;
      workingDaysAfterCutOff?: number;
    };
    LiveDto: {
      /** @enum {string} */
      status: 'ok';
    };
    LoginDto: {
      /** @example DonDoc@2026 */
      password: string;
      /** @example bdv.tinh */
      username: string;
    };
    MarkedReadDto: {
      /** @example 1 */
      marked: number;
    };
    MeDto: {
      /** @enum {string} */
      role: 'admin' | 'leader' | 'officer' | 'auditor';
      /** Format: uuid */
      unitId: string;
      /** Format: uuid */
      userId: string;
      /** @example bdv.tinh */
      username: string;
    };
    MoveUnitDto: {
      /**
       * Format: uuid
       * @description New parent
       */
      parentId: string;
    };
    MyWorkApprovalsDto: {
      count: number;
      items: components['schemas']['DraftSummaryDto'][];
    };
    MyWorkBucketDto: {
      /** @enum {string} */
      bucket: 'overdue' | 'due_today' | 'due_soon' | 'review' | 'explanation' | 'round';
      /** @description Every item of the bucket */
      count: number;
      /** @description By due instant, at most limit */
      items: components['schemas']['MyWorkItemDto'][];
    };
    MyWorkDirectiveDto: {
      /** @enum {string} */
      confidentiality: 'normal' | 'secret';
      /** @example 461-QĐ/TU */
      documentNumber: string;
      /** Format: uuid */
      id: string;
      title: string;
      /** @enum {string} */
      urgency: 'normal' | 'urgent';
    };
    MyWorkDto: {
      /** @description Drafts waiting for my approval (leaders), oldest first; not in total */
      approvals: components['schemas']['MyWorkApprovalsDto'];
      /** Format: date-time */
      asOf: string;
      /** @description Every bucket, most urgent first */
      buckets: components['schemas']['MyWorkBucketDto'][];
      /** @description Every item of every bucket */
      total: number;
    };
    MyWorkExplanationRefDto: {
      /** Format: uuid */
      id: string;
      note: string;
    };
    MyWorkItemDto: {
      /**
       * @description The next action: acknowledge, report, review, answer an explanation, answer a round
       * @enum {string}
       */
      action: 'acknowledge' | 'report' | 'review' | 'answer_explanation' | 'answer_round';
      /** @description The other side: who assigned, who reported, who asked */
      counterpart: components['schemas']['UnitRefDto'];
      directive: components['schemas']['MyWorkDirectiveDto'];
      /**
       * Format: date-time
       * @description When this action is due
       */
      dueAt: string;
      explanation: components['schemas']['MyWorkExplanationRefDto'] | null;
      periodic: components['schemas']['PeriodicDto'] | null;
      report: components['schemas']['MyWorkReportRefDto'] | null;
      task: components['schemas']['MyWorkTaskDto'];
    };
    MyWorkReportRefDto: {
      /** Format: uuid */
      id: string;
      version: number;
    };
    MyWorkTaskDto: {
      /** Format: date-time */
      deadline: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      phase: 'awaiting_ack' | 'in_progress' | 'under_review' | 'revising' | 'completed' | 'cancelled';
      /** @description A report is required */
      reportRequired: boolean;
      title: string;
    };
    NewUploadDto: {
      /**
       * @description The file name
       * @example Báo cáo quý II.pdf
       */
      name: string;
      /** @description Its size in bytes (ATTACHMENT_MAX_BYTES at most, else 413) */
      size: number;
    };
    NoticeDeliveryDto: {
      /**
       * Format: date-time
       * @description When it reached that state (waiting: when it may go)
       */
      at: string;
      /** @enum {string} */
      channel: 'email' | 'sms' | 'zalo' | 'telegram';
      /**
       * @description waiting: not sent yet (quiet hours, a pace, a retry); sent: the provider took it; delivered: the provider reported it on the handset (SMS, Zalo); failed: refused for good or reported undelivered; digested: went in the daily digest
       * @enum {string}
       */
      state: 'waiting' | 'sent' | 'delivered' | 'failed' | 'digested';
    };
    NotReportedDto: {
      /** Format: date-time */
      deadline: string;
      depth: number;
      late: boolean;
      level: string;
      /** Format: uuid */
      taskId: string;
      unitCode: string;
      /** Format: uuid */
      unitId: string;
      unitName: string;
      workingDaysLate: number;
    };
    OpenRoundDto: {
      /**
       * @description The period key (2026-Q1, 2026-H1, S3 …)
       * @example 2026-Q1
       */
      periodKey: string;
    };
    OverdueDto: {
      heading: components['schemas']['ReportHeadingDto'];
      items: components['schemas']['OverdueItemDto'][];
    };
    OverdueItemDto: {
      /** Format: date-time */
      deadline: string;
      /** Format: uuid */
      directiveId: string;
      documentNumber: string;
      escalationLevel: number | null;
      explanation: string | null;
      /** @enum {string|null} */
      explanationStatus: 'open' | 'answered' | null;
      lastNotice: string | null;
      /** Format: date-time */
      lastNoticeAt: string | null;
      /** Format: date-time */
      originalDeadline: string;
      reasonCategory: string | null;
      /** Format: uuid */
      taskId: string;
      taskTitle: string;
      /** Format: uuid */
      unitId: string;
      unitName: string;
      workingDaysOverdue: number;
    };
    OverrideDto: {
      /**
       * @description The deciding document
       * @example 6150/TB-BLĐTBXH
       */
      documentNumber?: string | null;
      /**
       * @example working_day
       * @enum {string}
       */
      kind: 'day_off' | 'working_day';
      /** @example Làm bù thứ Bảy 26/4/2025 cho ngày nghỉ 02/5/2025 */
      note: string;
      /**
       * @description Ghi chú bằng tiếng Anh, cho người đọc tiếng Anh; bỏ trống thì họ thấy ghi chú tiếng Việt
       * @example Saturday 26 April 2025 worked for Friday 2 May 2025 off
       */
      noteEn?: string | null;
      /** @example Bộ LĐTBXH, thông báo ngày 03/12/2024 */
      sourceNote?: string | null;
    };
    ParentTaskViewDto: {
      /** @enum {string} */
      bucket: 'open_within_deadline' | 'open_overdue' | 'completed_on_time' | 'completed_late' | 'cancelled';
      /** Format: date-time */
      deadline: string;
      /** Format: uuid */
      id: string;
      leadUnit: components['schemas']['LeadUnitRefDto'];
      /** @enum {string} */
      status: 'assigned' | 'overdue' | 'completed' | 'cancelled';
      title: string;
    };
    PeriodicDto: {
      /** @example 2026-Q4 */
      periodKey: string | null;
      /** Format: uuid */
      reportingCycleId: string;
    };
    PeriodRollupDto: {
      key: string | null;
      rollup: {
        [key: string]: number | null;
      } | null;
    };
    PreferenceMoveDto: {
      digest: boolean;
      quietEnd: number | null;
      quietStart: number | null;
      /** @description The successor’s code; null: none chosen */
      toCode: string | null;
      /** Format: uuid */
      userId: string;
      username: string;
    };
    PreferencesDto: {
      /**
       * @description Channels in the order to fall back on (email, sms, zalo, telegram): a notice that fails for good on one, or an escalation left unread, goes on the next
       * @example [
       *       "email",
       *       "zalo",
       *       "sms"
       *     ]
       */
      channelOrder?: string[];
      /**
       * @description Channels per notice kind; unlisted kinds get the app and e-mail; SMS, Zalo and Telegram only when chosen (to a verified address); escalations always go in the app and by e-mail
       * @example {
       *       "reminder": [
       *         "in_app",
       *         "zalo"
       *       ],
       *       "report_submitted": [
       *         "in_app",
       *         "email"
       *       ]
       *     }
       */
      channels?: {
        [key: string]: ('in_app' | 'email' | 'sms' | 'zalo' | 'telegram')[];
      };
      /**
       * @description 07:30 digest in place of single reminders
       * @example true
       */
      digest?: boolean;
      /**
       * Format: email
       * @description Where e-mail goes; null for none
       * @example mttq.tinh@gialai.dcs.vn
       */
      email?: string | null;
      /**
       * @description Ngôn ngữ đã chọn; null để theo trình duyệt
       * @example vi
       * @enum {string|null}
       */
      locale?: 'vi' | 'en' | null;
      /** @description null to clear */
      quietHours?: components['schemas']['QuietHoursDto'] | null;
      /**
       * @description Kinds of notice marked urgent: sent at once on every chosen channel, past quiet hours
       * @example [
       *       "urged"
       *     ]
       */
      urgentKinds?: string[];
    };
    PreferencesViewDto: {
      /** @description The order of channels to fall back on */
      channelOrder: ('email' | 'sms' | 'zalo' | 'telegram')[];
      /**
       * @description Channels per notice kind
       * @example {
       *       "reminder": [
       *         "in_app",
       *         "zalo"
       *       ]
       *     }
       */
      channels: {
        [key: string]: ('in_app' | 'email' | 'sms' | 'zalo' | 'telegram')[];
      };
      digest: boolean;
      /** @example mttq.tinh@gialai.dcs.vn */
      email: string | null;
      /** @enum {string|null} */
      locale: 'vi' | 'en' | null;
      quietHours: components['schemas']['QuietHoursViewDto'] | null;
      /** @description Kinds marked urgent: past quiet hours on every channel */
      urgentKinds: string[];
    };
    ProgressDto: {
      /** @example 0.5 */
      ratio: number;
      /** @description Sub-tasks directly below */
      subtasks: components['schemas']['SubtaskCountsDto'];
    };
    QuietHoursDto: {
      /** @example 06:30 */
      end: string;
      /** @example 22:00 */
      start: string;
    };
    QuietHoursViewDto: {
      /** @example 06:30 */
      end: string;
      /** @example 22:00 */
      start: string;
    };
    RankingRowDto: {
      escalations: number;
      explanationRequests: number;
      /** @description The same period last year, in the units as they are at the table’s instant */
      lastYear: components['schemas']['UnitMeasuresDto'];
      meanWorkingDaysLate: number | null;
      medianHoursToAcknowledge: number | null;
      onTimeRate: number | null;
      /** @description Units ended into this one by the table’s instant (a merger): their tasks are counted here (“gồm: …”); empty otherwise */
      predecessors: components['schemas']['UnitRefDto'][];
      rank: number;
      total: number;
      /** Format: uuid */
      unitId: string;
      unitName: string;
    };
    RankingRulesDto: {
      /** Format: date-time */
      asOf: string;
      asOfLabel: string;
      /** @enum {string} */
      basis: 'assigned' | 'due';
      /** @enum {string} */
      cancelled: 'excluded';
      /** Format: date */
      from: string;
      /** @example 01/07/2026 */
      fromLabel: string;
      /** @enum {string} */
      grouping: 'unit' | 'directive' | 'month' | 'quarter';
      lastYear: components['schemas']['StatsPeriodDto'];
      /** @enum {string} */
      mode: 'current' | 'original';
      /** @enum {string} */
      order: 'best' | 'worst';
      /** @enum {string} */
      sort:
        | 'onTimeRate'
        | 'meanWorkingDaysLate'
        | 'medianHoursToAcknowledge'
        | 'escalations'
        | 'explanationRequests'
        | 'total';
      /** @enum {string} */
      subtasks: 'include' | 'exclude';
      /** Format: date */
      to: string;
      /** @example 30/09/2026 */
      toLabel: string;
    };
    RankingsDto: {
      heading: components['schemas']['ReportHeadingDto'];
      rows: components['schemas']['RankingRowDto'][];
      rules: components['schemas']['RankingRulesDto'];
    };
    RatioOfDto: {
      denominator: string;
      numerator: string;
    };
    ReadableCycleDto: {
      /** @enum {string} */
      access: 'issuer' | 'recipient';
      /** Format: uuid */
      consolidatingUnitId: string | null;
      /** @enum {string} */
      cutOffRule: 'state' | 'calendar';
      /** Format: date-time */
      endsAt: string | null;
      escalationPolicy: components['schemas']['EscalationPolicyDto'];
      /** @example quarterly */
      frequency: string;
      /** Format: uuid */
      id: string;
      indicators: components['schemas']['CycleIndicatorDto'][];
      /** Format: uuid */
      issuingUnitId: string;
      legalBasis: string;
      /** @example 461-QĐ/TU */
      legalBasisNormalized: string;
      levelDeadlines: components['schemas']['LevelDeadlineDto'][];
      recipients: components['schemas']['RecipientRuleDto'];
      reminderPolicy: components['schemas']['ReminderPolicyDto'];
      reportTemplate: string | null;
      reviewPeriod:
        | (
            | {
                workingDays: number;
              }
            | {
                /** @example P2D */
                duration: string;
              }
          )
        | null;
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status: 'active' | 'paused' | 'ended';
      title: string;
      version: number;
    };
    ReasonDto: {
      /** @enum {string} */
      code:
        | 'workload'
        | 'waiting_for_others'
        | 'data_not_available'
        | 'unclear_assignment'
        | 'staff_shortage'
        | 'objective_circumstances'
        | 'other';
      label: components['schemas']['LabelDto'];
    };
    RecipientRuleDto: {
      subtrees?: components['schemas']['SubtreeRecipientDto'][];
      units?: string[];
    };
    RefreshDto: {
      /** @description The refresh token from login */
      refreshToken: string;
    };
    RejectDraftDto: {
      /** @example Nội dung đã có trong Kế hoạch 20-KH/TU */
      reason: string;
    };
    ReminderPolicyDto: {
      /** @description Reminders this long before the deadline */
      before: (
        | {
            workingDays: number;
          }
        | {
            /** @example P2D */
            duration: string;
          }
      )[];
      /** @description Also remind at this local time (HH:mm) on the deadline day */
      onDeadlineDayAt?: string | null;
    };
    ReorganisationConflictDto: {
      /**
       * @description Where in the plan
       * @example operations[0].from[1]
       */
      field: string;
      /** @enum {string} */
      kind:
        | 'unknownUnit'
        | 'unknownUser'
        | 'unknownTask'
        | 'inactiveUnit'
        | 'codeTaken'
        | 'twoOperations'
        | 'cycle'
        | 'taskWithoutSuccessor'
        | 'userWithoutUnit'
        | 'noSuccessor';
      message: string;
      /** @description Codes, usernames or task ids */
      subjects: string[];
    };
    ReorganisationCountsDto: {
      cycleRecipients: number;
      explanationRequests: number;
      preferences: number;
      roundObligations: number;
      /** @description Delegated sub-tasks */
      subTasks: number;
      /** @description A directive’s own tasks */
      tasks: number;
      units: number;
      users: number;
      webhooks: number;
    };
    ReorganisationPlanDto: {
      /** Format: date-time */
      appliedAt: string | null;
      /** Format: date-time */
      cancelledAt: string | null;
      cancelledBy: string | null;
      /** @description Refused: the conflicts met at the instant */
      conflicts: components['schemas']['StoredConflictDto'][] | null;
      /** @description The preview’s counts when stored */
      counts: components['schemas']['ReorganisationCountsDto'];
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
      /**
       * Format: date-time
       * @description The effective instant, Vietnamese time
       */
      effectiveAt: string;
      /** Format: uuid */
      id: string;
      operationCount: number;
      /** @description While applying, the workflow’s counts; applied, the final ones */
      progress: components['schemas']['ReorganisationProgressDto'] | null;
      /**
       * @description refused: a conflict found at the instant, nothing applied
       * @enum {string}
       */
      status: 'planned' | 'cancelled' | 'refused' | 'applying' | 'applied';
    };
    ReorganisationPlanListDto: {
      items: components['schemas']['ReorganisationPlanDto'][];
    };
    ReorganisationPreviewDto: {
      conflicts: components['schemas']['ReorganisationConflictDto'][];
      counts: components['schemas']['ReorganisationCountsDto'];
      cycleRecipients: components['schemas']['CycleRecipientMoveDto'][];
      /** @enum {boolean} */
      dryRun: true;
      explanationRequests: components['schemas']['ExplanationMoveDto'][];
      preferences: components['schemas']['PreferenceMoveDto'][];
      roundObligations: components['schemas']['RoundObligationMoveDto'][];
      /** @description One row per role the unit holds */
      tasks: components['schemas']['TaskMoveDto'][];
      units: components['schemas']['UnitChangeDto'][];
      users: components['schemas']['UserMoveDto'][];
      webhooks: components['schemas']['WebhookMoveDto'][];
    };
    ReorganisationProgressDto: {
      /** @description Reporting cycles given a new version naming the successors */
      cyclesAmended?: number;
      explanationsHandedOver: number;
      /** @description Round obligations closed by the merge rule (folded into the kept one, or answered by a report given) */
      obligationsClosed?: number;
      /** @description Tasks whose driver took the hand-over */
      tasksHandedOver: number;
      /** @description Tasks that had closed meanwhile */
      tasksSkipped: number;
      /** @description Units created, changed or ended */
      units: number;
      users: number;
      webhooks: number;
    };
    ReorganisationRequestDto: {
      /** @description True: preview only, nothing written; false: store the plan for effectiveAt, if it has no conflict */
      dryRun: boolean;
      /**
       * @description A date (00:00 Vietnamese time), an instant with its offset (later than now), or "now" to apply at once; required with dryRun: false
       * @example 2026-12-15
       */
      effectiveAt?: string;
      /** @description Operations in order */
      operations: {
        [key: string]: unknown;
      }[];
    };
    ReportHeadingDto: {
      /** Format: date-time */
      date: string;
      /** @description The issuing body */
      issuer: string;
      /** @example 08-BC/TU */
      number: string | null;
      /** @example Gia Lai */
      place: string | null;
      subtitle: string;
      /** @example Asia/Ho_Chi_Minh */
      timeZone: string;
    };
    ReportingCycleDto: {
      /** Format: uuid */
      consolidatingUnitId: string | null;
      /** @enum {string} */
      cutOffRule: 'state' | 'calendar';
      /** Format: date-time */
      endsAt: string | null;
      escalationPolicy: components['schemas']['EscalationPolicyDto'];
      /** @example quarterly */
      frequency: string;
      /** Format: uuid */
      id: string;
      indicators: components['schemas']['CycleIndicatorDto'][];
      /** Format: uuid */
      issuingUnitId: string;
      legalBasis: string;
      /** @example 461-QĐ/TU */
      legalBasisNormalized: string;
      levelDeadlines: components['schemas']['LevelDeadlineDto'][];
      recipients: components['schemas']['RecipientRuleDto'];
      reminderPolicy: components['schemas']['ReminderPolicyDto'];
      reportTemplate: string | null;
      reviewPeriod:
        | (
            | {
                workingDays: number;
              }
            | {
                /** @example P2D */
                duration: string;
              }
          )
        | null;
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status: 'active' | 'paused' | 'ended';
      title: string;
      version: number;
    };
    ReportReceiptDto: {
      /** @description Submitted after the deadline */
      late: boolean;
      /** Format: uuid */
      reportId: string;
      version: number;
    };
    RequestExplanationDto: {
      /** @example Đề nghị Hội Nông dân tỉnh giải trình việc chậm báo cáo giao ban quý III */
      note: string;
      /**
       * @description Due in working days from today
       * @default 3
       * @example 3
       */
      workingDays?: number;
    };
    RequestExtensionDto: {
      /**
       * Format: date-time
       * @example 2026-12-31T17:00:00+07:00
       */
      deadline: string;
      /** @example Chờ số liệu tổng hợp từ các xã sau sáp nhập */
      reason: string;
    };
    ResolvedWorkflowDto: {
      /** @enum {string} */
      action: 'terminate' | 'cancel';
      activities: components['schemas']['FailingActivityDto'][];
      reason: string;
      /** @example 4a7d5bd8-0d3a-4f57-9d1a-0c7a3e9c2b11 */
      runId: string;
      /** Format: date-time */
      startedAt: string | null;
      /** @example directive:0b6f5c1e-9f7d-4a51-8e5e-2c6d6b1f1a10 */
      workflowId: string;
      /** @example directiveWorkflow */
      workflowType: string;
    };
    ResolveStuckWorkflowDto: {
      /**
       * @description terminate: stop at once; cancel: let it end on cancellation
       * @default terminate
       * @enum {string}
       */
      action?: 'terminate' | 'cancel';
      /** @example Dữ liệu hỏng từ bản cũ, đã báo người ban hành */
      reason: string;
    };
    ReturnDraftDto: {
      /** @example Bổ sung đơn vị phối hợp; sửa hạn báo cáo */
      comments: string;
    };
    ReviewedDto: {
      /**
       * @example revising
       * @enum {string}
       */
      phase: 'awaiting_ack' | 'in_progress' | 'under_review' | 'revising' | 'completed' | 'cancelled';
      /** Format: date-time */
      revisionDeadline: string | null;
    };
    ReviewReportDto: {
      /** @example Đề nghị bổ sung số liệu của các xã biên giới. */
      comment?: string;
      /**
       * @example returned
       * @enum {string}
       */
      outcome: 'accepted' | 'returned';
    };
    RoundAmendedDto: {
      /** @description Open tasks re-dated */
      retimed: number;
      round: components['schemas']['RoundDto'];
    };
    RoundDeadlineDto: {
      /** Format: date-time */
      deadline: string;
      level: string;
    };
    RoundDto: {
      /**
       * @description recipient: only its own place in the round
       * @enum {string}
       */
      access: 'issuer' | 'recipient';
      carriedOver: components['schemas']['CarriedItemDto'][];
      /** Format: date-time */
      cutOff: string;
      /** Format: uuid */
      cycleId: string;
      cycleVersion: number;
      deadlines: components['schemas']['RoundDeadlineDto'][];
      /** Format: uuid */
      id: string;
      label: string;
      notReported: components['schemas']['NotReportedDto'][];
      periodKey: string;
      previousPeriod: components['schemas']['PeriodRollupDto'];
      recipients: number;
      reported: number;
      samePeriodLastYear: components['schemas']['PeriodRollupDto'];
      /** @enum {string} */
      status: 'open' | 'withdrawn';
      tree: components['schemas']['RoundNodeDto'];
      withdrawal: components['schemas']['RoundWithdrawalDto'] | null;
    };
    RoundLevelDeadlineDto: {
      /**
       * Format: date-time
       * @description New deadline
       * @example 2026-12-18T17:00:00+07:00
       */
      deadline: string;
      /**
       * @description A level of the round (its levelDeadlines name)
       * @example xã
       */
      level: string;
    };
    RoundNodeDto: {
      adjustments: components['schemas']['AdjustmentDto'][];
      attainment: {
        [key: string]: 'reached' | 'at_risk' | 'missed' | 'not_assessable';
      };
      carried: components['schemas']['CarriedItemDto'][];
      children: components['schemas']['RoundNodeDto'][];
      level?: string;
      /** @description Units below not reported */
      missing: string[];
      /** @description The previous period */
      previousPeriod: {
        [key: string]: number | null;
      } | null;
      /** @description Reported values */
      reported: {
        [key: string]: number;
      } | null;
      /** @description Roll-up of those below */
      rollup: {
        [key: string]: number | null;
      };
      /** @description A year before */
      samePeriodLastYear: {
        [key: string]: number | null;
      } | null;
      /** Format: uuid */
      taskId?: string;
      unitCode?: string;
      /** @description The unit */
      unitId: string;
      unitName?: string;
      /** @description A report kept from a withdrawn round */
      withdrawn: boolean;
    };
    RoundObligationMoveDto: {
      /** @description The unit it moves from */
      fromCode: string;
      /** @description Its current name, for “formerly …” */
      fromName: string;
      /**
       * Format: uuid
       * @description The obligation it is merged into
       */
      keptTaskId: string | null;
      label: string;
      /**
       * @description The merge rule
       * @enum {string}
       */
      outcome: 'moves' | 'kept' | 'merged' | 'given' | 'satisfied' | 'stays';
      /** @enum {string} */
      phase: 'awaiting_ack' | 'in_progress' | 'under_review' | 'revising' | 'completed' | 'cancelled';
      /** Format: uuid */
      roundId: string;
      /** @description The successor’s own */
      successorOwn: boolean;
      /** Format: uuid */
      taskId: string;
      /** @description The successor’s code; null: none chosen */
      toCode: string | null;
    };
    RoundOpenedDto: {
      /** @description The round was already open */
      created: boolean;
      round: components['schemas']['RoundDto'];
    };
    RoundSummaryDto: {
      /** Format: date-time */
      cutOff: string;
      cycleVersion: number;
      /** Format: uuid */
      id: string;
      /** @example Quý I/2026 */
      label: string;
      /** Format: date-time */
      openedAt: string;
      openedBy: string;
      /** @example 2026-Q1 */
      periodKey: string;
      /**
       * @description Withdrawn by the issuer
       * @enum {string}
       */
      status: 'open' | 'withdrawn';
    };
    RoundUrgedDto: {
      /** Format: uuid */
      roundId: string;
      /** @description Units urged */
      urged: number;
    };
    RoundWithdrawalDto: {
      /** Format: date-time */
      at: string;
      by: string;
      reason: string;
    };
    RoundWithdrawnDto: {
      /** @description Tasks cancelled */
      cancelled: number;
      /** @description Reports kept */
      reportsKept: number;
      round: components['schemas']['RoundDto'];
    };
    SignedInUserDto: {
      /** @example Nguyễn Văn A */
      fullName: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      role: 'admin' | 'leader' | 'officer' | 'auditor';
      /** Format: uuid */
      unitId: string;
      /** @example Ban Dân vận Tỉnh ủy */
      unitName: string;
      /** @example bdv.tinh */
      username: string;
    };
    StatsPeriodDto: {
      /** Format: date-time */
      asOf: string;
      asOfLabel: string;
      /** Format: date */
      from: string;
      /** @example 01/07/2026 */
      fromLabel: string;
      /** Format: date */
      to: string;
      /** @example 30/09/2026 */
      toLabel: string;
    };
    StoredConflictDto: {
      /**
       * @description Where in the plan
       * @example operations[0].from[1]
       */
      field: string;
      /** @enum {string} */
      kind:
        | 'unknownUnit'
        | 'unknownUser'
        | 'unknownTask'
        | 'inactiveUnit'
        | 'codeTaken'
        | 'twoOperations'
        | 'cycle'
        | 'taskWithoutSuccessor'
        | 'userWithoutUnit'
        | 'noSuccessor';
      /** @description Codes, usernames or task ids */
      subjects: string[];
    };
    StuckWorkflowDto: {
      activities: components['schemas']['FailingActivityDto'][];
      /** @example 4a7d5bd8-0d3a-4f57-9d1a-0c7a3e9c2b11 */
      runId: string;
      /** Format: date-time */
      startedAt: string | null;
      /** @example directive:0b6f5c1e-9f7d-4a51-8e5e-2c6d6b1f1a10 */
      workflowId: string;
      /** @example directiveWorkflow */
      workflowType: string;
    };
    StuckWorkflowsDto: {
      items: components['schemas']['StuckWorkflowDto'][];
      /** @example 1 */
      total: number;
    };
    SubmitDraftDto: {
      /**
       * Format: uuid
       * @description The approving leader (by default the issuing unit’s head)
       */
      approverId?: string;
    };
    SubmitReportDto: {
      /**
       * @description Attachment references
       * @example [
       *       "files/bao-cao-quy-1.pdf"
       *     ]
       */
      attachments?: string[];
      indicatorValues?: components['schemas']['IndicatorValueDto'][];
      /**
       * @description Needed while delegated sub-tasks are open: why report now
       * @example Thường trực yêu cầu báo cáo nhanh trước hội nghị
       */
      subtaskOverrideReason?: string;
      /** @example Trong quý, đã tổ chức 12 buổi đối thoại với Nhân dân; tiếp nhận 35 kiến nghị, đã giải quyết 30. */
      text: string;
    };
    SubtaskCountsDto: {
      cancelled: number;
      completed: number;
      open: number;
      total: number;
    };
    SubtaskDto: {
      /** @description Coordinating units */
      coordinatingUnitIds?: string[];
      /**
       * Format: date-time
       * @description No later than the parent; default one working day earlier
       * @example 2026-12-14T17:00:00+07:00
       */
      deadline?: string;
      /** @example Gửi số liệu về Ban Thường trực trước khi tổng hợp */
      description?: string;
      /**
       * Format: uuid
       * @description The subordinate unit that leads it
       * @example 5c0e2a61-7d4b-4f3e-9a1c-2b8d6e4f1a90
       */
      leadUnitId: string;
      /** @example Mẫu báo cáo số 02 */
      reportTemplate?: string;
      /** @example Tổng hợp ý kiến, kiến nghị của Nhân dân xã Ia Grai quý IV */
      title: string;
    };
    SubtaskViewDto: {
      /** @enum {string} */
      bucket: 'open_within_deadline' | 'open_overdue' | 'completed_on_time' | 'completed_late' | 'cancelled';
      /** Format: date-time */
      completedAt: string | null;
      /** Format: date-time */
      deadline: string | null;
      /** Format: uuid */
      id: string;
      leadUnit: components['schemas']['LeadUnitRefDto'];
      /** @enum {string} */
      phase: 'awaiting_ack' | 'in_progress' | 'under_review' | 'revising' | 'completed' | 'cancelled';
      progress: components['schemas']['ProgressDto'];
      /** @enum {string} */
      status: 'assigned' | 'overdue' | 'completed' | 'cancelled';
      title: string;
    };
    SubtreeRecipientDto: {
      kinds?: (
        | 'party_committee'
        | 'advisory_board'
        | 'fatherland_front'
        | 'mass_organisation'
        | 'armed_force'
        | 'state_agency'
        | 'commune'
        | 'other'
      )[];
      /** Format: uuid */
      rootUnitId: string;
    };
    SystemActorDto: {
      /** @enum {string} */
      type: 'system';
    };
    TaskDirectiveRefDto: {
      /** @example 461-QĐ/TU */
      documentNumber: string;
      /** Format: uuid */
      id: string;
      title: string;
    };
    TaskDto: {
      /** Format: date-time */
      acknowledgedAt: string | null;
      assigningUnit: components['schemas']['UnitRefDto'];
      /** @enum {string} */
      bucket: 'open_within_deadline' | 'open_overdue' | 'completed_on_time' | 'completed_late' | 'cancelled';
      /** Format: date-time */
      completedAt: string | null;
      /** @enum {string} */
      confidentiality: 'normal' | 'secret';
      /** @description Coordinating units */
      coordinatingUnits: components['schemas']['UnitRefDto'][];
      /** Format: date-time */
      deadline: string | null;
      depth: number;
      /** @description Every task below, depth first, at most 500 */
      descendants: components['schemas']['DescendantViewDto'][];
      /** @description More tasks below than listed */
      descendantsTruncated: boolean;
      description: string | null;
      directive: components['schemas']['TaskDirectiveRefDto'];
      extensions: components['schemas']['ExtensionViewDto'][];
      /** Format: uuid */
      id: string;
      indicators: components['schemas']['IndicatorViewDto'][];
      leadUnit: components['schemas']['LeadUnitRefDto'];
      /** Format: date-time */
      originalDeadline: string | null;
      parent: components['schemas']['ParentTaskViewDto'] | null;
      /** Format: uuid */
      parentTaskId: string | null;
      periodic: components['schemas']['PeriodicDto'] | null;
      /** @enum {string} */
      phase: 'awaiting_ack' | 'in_progress' | 'under_review' | 'revising' | 'completed' | 'cancelled';
      progress: components['schemas']['ProgressDto'];
      /** @description A report is required */
      reportRequired: boolean;
      reports: components['schemas']['TaskReportViewDto'][];
      reportTemplate: string | null;
      /** Format: date-time */
      reviewDeadline: string | null;
      /** @description The configured period */
      reviewPeriod:
        | (
            | {
                workingDays: number;
              }
            | {
                /** @example P2D */
                duration: string;
              }
          )
        | null;
      /** Format: date-time */
      revisionDeadline: string | null;
      /** @description The configured period */
      revisionPeriod:
        | (
            | {
                workingDays: number;
              }
            | {
                /** @example P2D */
                duration: string;
              }
          )
        | null;
      /** @enum {string} */
      status: 'assigned' | 'overdue' | 'completed' | 'cancelled';
      subtaskOverrideReason: string | null;
      subtasks: components['schemas']['SubtaskViewDto'][];
      title: string;
      /** @description Working days left to the deadline, negative once past; null once the task is closed */
      workingDaysLeft: number | null;
    };
    TaskListItemDto: {
      /** @enum {string} */
      bucket: 'open_within_deadline' | 'open_overdue' | 'completed_on_time' | 'completed_late' | 'cancelled';
      /** Format: date-time */
      deadline: string;
      depth: number;
      directive: components['schemas']['TaskDirectiveRefDto'];
      /** Format: uuid */
      id: string;
      leadUnit: components['schemas']['LeadUnitRefDto'];
      /** Format: date-time */
      originalDeadline: string;
      /** Format: uuid */
      parentTaskId: string | null;
      periodic: components['schemas']['PeriodicDto'] | null;
      /**
       * @description The unit as lead or coordinating
       * @enum {string}
       */
      role: 'lead' | 'coordinating';
      /** @enum {string} */
      status: 'assigned' | 'overdue' | 'completed' | 'cancelled';
      title: string;
    };
    TaskListItemPage: {
      items: components['schemas']['TaskListItemDto'][];
      /** @description The next page: send it back as `after` (null on the last page) */
      nextCursor: string | null;
      /** @description The count of the filter before paging, as counted at totalAsOf: counted again after a few seconds, not for every page */
      total: number;
      /**
       * Format: date-time
       * @description When the total was counted
       */
      totalAsOf: string;
    };
    TaskMoveDto: {
      /** Format: date-time */
      deadline: string;
      /** @description A delegated sub-task */
      delegated: boolean;
      /** Format: uuid */
      directiveId: string;
      /** @description The unit it moves from */
      fromCode: string;
      /** @description Its current name, for “formerly …” */
      fromName: string;
      /** @enum {string} */
      phase: 'awaiting_ack' | 'in_progress' | 'under_review' | 'revising' | 'completed' | 'cancelled';
      /** @enum {string} */
      role: 'lead' | 'coordinating' | 'assigning';
      status: string;
      /** Format: uuid */
      taskId: string;
      title: string;
      /** @description The successor’s code; null: none chosen */
      toCode: string | null;
    };
    TaskReportViewDto: {
      attachments: string[];
      /** Format: uuid */
      id: string;
      indicatorValues: components['schemas']['IndicatorValueViewDto'][];
      late: boolean;
      reviewComment: string | null;
      /** @enum {string|null} */
      reviewOutcome: 'accepted' | 'returned' | null;
      /** Format: date-time */
      submittedAt: string | null;
      submittedBy: string;
      text: string;
      version: number;
    };
    TaskTemplateDto: {
      /**
       * Format: date-time
       * @description Absolute deadline with offset (or use deadlineWorkingDays)
       * @example 2026-12-15T17:00:00+07:00
       */
      deadline?: string;
      /**
       * @description N working days after the issue date
       * @example 10
       */
      deadlineWorkingDays?: number;
      /** @example Tổng hợp kết quả của các cơ quan, đơn vị; gửi Thường trực Tỉnh ủy. */
      description?: string;
      /**
       * @example {
       *       "stepDelay": {
       *         "workingDays": 1
       *       },
       *       "repeatAtTop": {
       *         "workingDays": 3
       *       }
       *     }
       */
      escalationPolicy?: components['schemas']['EscalationPolicyDto'];
      indicators?: components['schemas']['IndicatorDto'][];
      /**
       * @example {
       *       "before": [
       *         {
       *           "workingDays": 5
       *         },
       *         {
       *           "workingDays": 2
       *         },
       *         {
       *           "workingDays": 1
       *         }
       *       ],
       *       "onDeadlineDayAt": "08:00"
       *     }
       */
      reminderPolicy?: components['schemas']['ReminderPolicyDto'];
      /** @default true */
      reportRequired?: boolean;
      /** @example Báo cáo theo đề cương kèm theo; số liệu tính đến ngày 14/6. */
      reportTemplate?: string;
      /**
       * @description Review period: {workingDays} or {duration}; default from configuration
       * @example {
       *       "workingDays": 5
       *     }
       */
      reviewPeriod?:
        | {
            workingDays: number;
          }
        | {
            /** @example P2D */
            duration: string;
          };
      /**
       * @description Revision period after a return; default from configuration
       * @example {
       *       "duration": "P2D"
       *     }
       */
      revisionPeriod?:
        | {
            workingDays: number;
          }
        | {
            /** @example P2D */
            duration: string;
          };
      /** @example Xây dựng báo cáo sơ kết công tác dân vận 6 tháng đầu năm */
      title: string;
    } & (unknown | unknown);
    TaskUrgedDto: {
      /**
       * Format: date-time
       * @description The next urge is allowed from
       */
      nextAllowedAt: string;
      /** Format: uuid */
      taskId: string;
      /** Format: date-time */
      urgedAt: string;
    };
    TelegramLinkDto: {
      /** Format: date-time */
      expiresAt: string;
      /**
       * @description Open it and press Start
       * @example https://t.me/dondoc_bot?start=…
       */
      link: string;
    };
    TokenPairDto: {
      /** @example eyJhbGciOiJIUzI1NiIs… */
      accessToken: string;
      /**
       * @description Seconds the access token lives
       * @example 900
       */
      expiresIn: number;
      /**
       * @description Exchanged once at POST /auth/refresh for a new pair
       * @example eyJhbGciOiJIUzI1NiIs…
       */
      refreshToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
    };
    TokenResponseDto: {
      /** @example eyJhbGciOiJIUzI1NiIs… */
      accessToken: string;
      /**
       * @description Seconds the access token lives
       * @example 900
       */
      expiresIn: number;
      /**
       * @description Exchanged once at POST /auth/refresh for a new pair
       * @example eyJhbGciOiJIUzI1NiIs…
       */
      refreshToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
      user: components['schemas']['SignedInUserDto'];
    };
    UnitChangeDto: {
      activeAfter: boolean;
      code: string;
      /**
       * Format: uuid
       * @description A unit the plan creates
       */
      id: string | null;
      nameAfter: string;
      nameBefore: string | null;
      /** @example /TU-GL/DU-IAGRAI-CHUSE/ */
      pathAfter: string;
      /**
       * @description Path as codes
       * @example /TU-GL/DU-IAGRAI/
       */
      pathBefore: string | null;
      reasons: ('created' | 'merged' | 'split' | 'abolished' | 'moved' | 'reparented' | 'renamed' | 'path')[];
      /** @description The successor’s code; null: none chosen */
      successorCode: string | null;
    };
    UnitDto: {
      active: boolean;
      /** @example MTTQ-TINH */
      code: string;
      depth: number;
      head: components['schemas']['UnitHeadDto'];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'party_committee'
        | 'advisory_board'
        | 'fatherland_front'
        | 'mass_organisation'
        | 'armed_force'
        | 'state_agency'
        | 'commune'
        | 'other';
      /** @example Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh */
      name: string;
      /** Format: uuid */
      parentId: string | null;
      /** @description The unit that took over, named: an ended unit is found by its old name with it */
      successor: components['schemas']['UnitRefDto'] | null;
      /**
       * Format: uuid
       * @description The unit that took over
       */
      successorId: string | null;
    };
    UnitHeadDto: {
      email: string | null;
      /** @example Nguyễn Văn Bình */
      name: string | null;
      phone: string | null;
      /** @example Chủ tịch */
      title: string | null;
    };
    UnitMeasuresDto: {
      escalations: number;
      explanationRequests: number;
      meanWorkingDaysLate: number | null;
      medianHoursToAcknowledge: number | null;
      onTimeRate: number | null;
      total: number;
    };
    UnitPage: {
      items: components['schemas']['UnitDto'][];
      /** @description The count before paging */
      total: number;
    };
    UnitRefDto: {
      /** @example BDV-TU */
      code: string;
      /** Format: uuid */
      id: string;
      /** @example Ban Dân vận Tỉnh ủy */
      name: string;
    };
    UnitsImportedDto: {
      /** @example 2 */
      created: number;
    };
    UnreadCountDto: {
      /** @example 3 */
      unread: number;
    };
    UpdateDraftDto: {
      /**
       * @default normal
       * @enum {string}
       */
      confidentiality?: 'normal' | 'secret';
      /**
       * @description Document number <number>-<type>/<issuing body>; the pattern is the canonical form (the API also reads "Kế hoạch số 15-KH/TU", other dashes, lower case)
       * @example 15-KH/TU
       */
      documentNumber: string;
      /** @description Recipients by rule instead of a list: every active unit of the kinds under the root (up to 200,000) */
      expansion?: components['schemas']['DirectiveExpansionDto'];
      /**
       * @description Issue date (YYYY-MM-DD)
       * @example 2026-11-23
       */
      issueDate: string;
      /**
       * Format: uuid
       * @description Issuing unit (default: yours)
       */
      issuingUnitId?: string;
      /** @example Triển khai Quyết định số 290-QĐ/TW về Quy chế công tác dân vận của hệ thống chính trị. */
      summary?: string;
      /** @description The tasks, each with its lead unit (or use expansion) */
      tasks?: components['schemas']['CreateTaskDto'][];
      /** @example Kế hoạch thực hiện công tác dân vận 6 tháng cuối năm 2026 */
      title: string;
      /**
       * @default normal
       * @enum {string}
       */
      urgency?: 'normal' | 'urgent';
      /**
       * @description The version the edit was made from (or send If-Match)
       * @example 1
       */
      version?: number;
    };
    UpdateUnitDto: {
      /**
       * @description Unique code
       * @example MTTQ-TINH
       */
      code?: string;
      /**
       * Format: email
       * @example chutich@mttq.example.vn
       */
      headEmail?: string;
      /** @example Nguyễn Văn Bình */
      headName?: string;
      /** @example 0269 3824 123 */
      headPhone?: string;
      /** @example Chủ tịch */
      headTitle?: string;
      /**
       * @example fatherland_front
       * @enum {string}
       */
      kind?:
        | 'party_committee'
        | 'advisory_board'
        | 'fatherland_front'
        | 'mass_organisation'
        | 'armed_force'
        | 'state_agency'
        | 'commune'
        | 'other';
      /** @example Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh */
      name?: string;
    };
    UploadSessionDto: {
      /** @description Chunk size: each chunk starts at a multiple of it; only the last is shorter */
      chunkBytes: number;
      /** Format: date-time */
      expiresAt: string;
      /**
       * @description PUT chunks here (Content-Range), GET to resume, POST …/complete, DELETE to abandon
       * @example /api/v1/uploads/{id}
       */
      href: string;
      /** Format: uuid */
      id: string;
      /**
       * @description The name as given, NFC
       * @example Báo cáo quý II.pdf
       */
      name: string;
      /** Format: uuid */
      ownerId: string;
      /** @enum {string} */
      ownerKind: 'directive' | 'task' | 'report' | 'explanation' | 'draft' | 'review';
      /** @description Bytes arrived in order: the next chunk starts here */
      received: number;
      /** @description Bytes announced */
      size: number;
    };
    UrgeTaskDto: {
      /**
       * @description The leader’s note sent with the urge
       * @example Đề nghị đồng chí chỉ đạo hoàn thành báo cáo trước ngày 15/10
       */
      note: string;
    };
    UserActorDto: {
      fullName: string | null;
      /** @enum {string} */
      type: 'user';
      unit: components['schemas']['HistoryUnitRefDto'] | null;
      /** Format: uuid */
      userId: string | null;
      username: string;
    };
    UserDto: {
      /** @description May sign in; false: deactivated */
      active: boolean;
      email: string | null;
      /** @example Trần Thị Hoa */
      fullName: string;
      /** Format: uuid */
      id: string;
      /** @description Head of the unit */
      isHead: boolean;
      /** @enum {string} */
      role: 'admin' | 'leader' | 'officer' | 'auditor';
      /** @description May read secret content */
      secretClearance: boolean;
      /** Format: uuid */
      unitId: string;
      /** @example Ủy ban MTTQ Việt Nam xã Ia Grai */
      unitName?: string;
      /** @example mttq.iagrai */
      username: string;
    };
    UserMoveDto: {
      /** @description The unit it moves from */
      fromCode: string;
      fullName: string;
      /** @description The successor’s code; null: none chosen */
      toCode: string | null;
      /** Format: uuid */
      userId: string;
      username: string;
    };
    VerifyPhoneDto: {
      /**
       * @description The 6-digit code sent by SMS
       * @example 482913
       */
      code: string;
    };
    WebhookCreatedDto: {
      /** Format: uuid */
      id: string;
      /** @description Every kind */
      kinds: string[] | null;
      /** @description Shown this once */
      secret: string;
      /** @description How calls are signed */
      signature: string;
      /** Format: uuid */
      unitId: string;
      url: string;
    };
    WebhookDto: {
      /**
       * @description default: all kinds
       * @example [
       *       "escalation",
       *       "overdue"
       *     ]
       */
      kinds?: (
        | 'task_assigned'
        | 'ack_due'
        | 'reminder'
        | 'overdue'
        | 'escalation'
        | 'report_submitted'
        | 'report_returned'
        | 'review_due'
        | 'extension_requested'
        | 'extension_decided'
        | 'cancelled'
        | 'subtasks_completed'
        | 'urged'
        | 'approval_reminder'
        | 'approval_escalation'
      )[];
      /**
       * Format: uri
       * @example https://hethong.mttq-gialai.vn/dondoc/webhook
       */
      url: string;
    };
    WebhookMoveDto: {
      /** @description The unit it moves from */
      fromCode: string;
      /** @description The successor’s code; null: none chosen */
      toCode: string | null;
      url: string;
      /** Format: uuid */
      webhookId: string;
    };
    WebhookViewDto: {
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
      /** Format: uuid */
      id: string;
      /** @description Every kind */
      kinds: string[] | null;
      url: string;
    };
    WithdrawRoundDto: {
      /** @example Merged into the half-year review */
      reason: string;
    };
    WorkingDaysDto: {
      /**
       * Format: date
       * @example 2026-02-23
       */
      date: string;
      /** @example 1 */
      days: number;
      /**
       * Format: date-time
       * @description The end of that working day
       */
      deadline: string;
      /**
       * Format: date
       * @example 2026-02-13
       */
      from: string;
    };
    ZaloLinkDto: {
      /**
       * @description Send it as a message to the Official Account after following it
       * @example DD-K7Q2MX
       */
      code: string;
      /** Format: date-time */
      expiresAt: string;
      /** @description The Official Account’s page, when configured */
      oaUrl: string | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AdminController_stuck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Running workflows with an activity failing more than 3 times */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StuckWorkflowsDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AdminController_resolve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workflowId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResolveStuckWorkflowDto'];
      };
    };
    responses: {
      /** @description Ended, audited */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResolvedWorkflowDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed, audited; the bytes are kept */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the owning unit’s people */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_content: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes, streamed, with Content-Disposition (ASCII filename and UTF-8 filename*), Content-Length and nosniff. A secret directive’s file only for those cleared, each download audited */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/msword': string;
          'application/pdf': string;
          'application/vnd.ms-excel': string;
          'application/vnd.ms-powerpoint': string;
          'application/vnd.oasis.opendocument.presentation': string;
          'application/vnd.oasis.opendocument.spreadsheet': string;
          'application/vnd.oasis.opendocument.text': string;
          'application/vnd.openxmlformats-officedocument.presentationml.presentation': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'application/zip': string;
          'image/gif': string;
          'image/jpeg': string;
          'image/png': string;
          'image/webp': string;
          'text/csv': string;
          'text/plain': string;
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A secret directive’s file, reader not cleared */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The auditor re-hashes the stored bytes (a removed file’s too) and compares them with the recorded SHA-256 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentVerificationDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Auditors and admins only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuditController_checkpoints: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
      };
      header: {
        'accept-language': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The daily checkpoints (day, position, hash, rows); CSV with ?format=csv, its header row in the reader's language (Accept-Language) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckpointDto'][];
          'text/csv': string;
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query?: {
        /** @description From the start of the chain, or from the last checkpoint (trusting it) */
        from?: 'start' | 'checkpoint';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The chain check; `firstBreak` names the first row that does not match, or the gap */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainVerificationDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description An access token (15 min) and a refresh token */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponseDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Wrong credentials or deactivated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description This user name failed from this address (growing delays), or this address tried too many user names; wait Retry-After seconds */
      429: {
        headers: {
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out everywhere: every token issued is revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      /** @description A new token pair; the refresh token presented is spent */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Refresh token expired, revoked or already used (reuse revokes the whole session) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CalendarController_year: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The year’s days off */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarYearDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CalendarController_deadlines: {
    parameters: {
      query: {
        /** @description First day (included) */
        from: string;
        /** @description Include units below */
        subtree?: boolean;
        /** @description Last day (included), 42 days at most */
        to: string;
        /** @description The unit (default: yours) */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A unit’s (and subtree’s) deadlines by day */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlinesDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CalendarController_upsert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OverrideDto'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarOverrideViewDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CalendarController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The override is removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CalendarController_addWorkingDays: {
    parameters: {
      query: {
        days: number;
        from: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description N working days after from */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkingDaysDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DeliveriesController_list: {
    parameters: {
      query?: {
        channel?: 'email' | 'webhook' | 'sms' | 'zalo' | 'telegram';
        limit?: number;
        offset?: number;
        status?: 'pending' | 'sending' | 'sent' | 'dead' | 'held' | 'digested' | 'skipped';
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryPage'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DeliveriesController_redrive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Re-driving */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only a dead delivery */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DirectivesController_list: {
    parameters: {
      query?: {
        /** @description The page after this cursor (the previous page’s nextCursor): an index range at any depth; not with offset */
        after?: string;
        /** @description With a task in this bucket */
        bucket?: 'open_within_deadline' | 'open_overdue' | 'completed_on_time' | 'completed_late' | 'cancelled';
        /** @description Issuing unit */
        issuingUnitId?: string;
        limit?: number;
        offset?: number;
        /** @description Only with an overdue task */
        overdue?: boolean;
        /** @description Number or title, with or without diacritics */
        q?: string;
        status?: 'active' | 'completed' | 'cancelled';
        /** @description Include the units below unitId */
        subtree?: boolean;
        /** @description With a task led by this unit */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectiveSummaryPage'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DirectivesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeated requests with the same key create one directive: 1–200 printable ASCII characters. Within 24 h (IDEMPOTENCY_KEY_TTL_SECONDS, default 24 h) a repeat with the same body replays (200, Idempotent-Replayed: true) and another body is refused (422); after that the key is forgotten and a request with it is new. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDirectiveDto'];
      };
    };
    responses: {
      /** @description A replay (same key, same body): the same directive */
      200: {
        headers: {
          /** @description true */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectiveDto'];
        };
      };
      /** @description Issued and recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectiveDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Outside your subtree */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The document number exists this year */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The key was used with another body, or the directive could not be recorded */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DirectivesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectiveDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DirectivesController_amend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmendmentDto'];
      };
    };
    responses: {
      /** @description The directive after the amendment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectiveDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Closed directive or task */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_ofDirective: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The files attached, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'][];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_toDirective: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description One file
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description Stored: type sniffed from the bytes, SHA-256 in the audit trail. 413 over ATTACHMENT_MAX_BYTES, 415 a type not allowed, 422 one file too many (ATTACHMENTS_PER_OBJECT) or a refused archive; each naming the field `file` */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the owning unit’s people */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DirectivesController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelDirectiveDto'];
      };
    };
    responses: {
      /** @description The cancelled directive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectiveDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Already cancelled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HistoryController_directive: {
    parameters: {
      query?: {
        /** @description Action code, or `notice.<kind>` */
        action?: string;
        /** @description Who acted (a username), or `system` */
        actor?: string;
        /** @description Export format; html: the print view */
        format?: 'xlsx' | 'csv' | 'pdf' | 'html';
        /** @description From (inclusive) */
        from?: string;
        limit?: number;
        offset?: number;
        /** @description To (exclusive) */
        to?: string;
      };
      header: {
        accept: string;
        'accept-language': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Who did what and when (fields before → after) and the notices the system sent, with their delivery status, in time order; the directive, its tasks and all sub-tasks; XLSX/CSV/PDF by ?format= or Accept, a print view by ?format=html; in the reader's language (Accept-Language) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPageDto'];
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
          'text/html': string;
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_uploadToDirective: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewUploadDto'];
      };
    };
    responses: {
      /** @description A resumable upload begun: send chunks of `chunkBytes` to `href` with PUT and Content-Range, then POST `href`/complete. 413 when `size` is over ATTACHMENT_MAX_BYTES, 422 one file too many */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadSessionDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the owning unit’s people */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DraftsController_list: {
    parameters: {
      query?: {
        /** @description Only the drafts waiting for my approval (instead of my unit’s) */
        awaitingMe?: boolean;
        limit?: number;
        offset?: number;
        status?: 'draft' | 'submitted' | 'approved' | 'rejected';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftSummaryPage'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DraftsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDirectiveDto'];
      };
    };
    responses: {
      /** @description The new draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Officers and leaders only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DraftsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DraftsController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version read ("3") */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDraftDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A stale version, or no longer a draft */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DraftsController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Approved and issued; a second approval answers the same directive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not submitted, or closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_ofDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The files attached, oldest first: read by whoever reads the draft (its unit’s people, its approver, admins; 404 for anyone else); a secret draft’s file names hidden from an admin not cleared */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'][];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_toDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description One file
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description Stored: type sniffed from the bytes, SHA-256 in the audit trail. 413 over ATTACHMENT_MAX_BYTES, 415 a type not allowed, 422 one file too many (ATTACHMENTS_PER_OBJECT) or a refused archive; each naming the field `file`. Its approval attaches the draft’s files to the directive it issues */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the drafting unit’s officers and leaders */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The draft is no longer being drafted (submitted, approved or rejected) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DraftsController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectDraftDto'];
      };
    };
    responses: {
      /** @description Rejected */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DraftsController_return: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReturnDraftDto'];
      };
    };
    responses: {
      /** @description Returned with comments */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DraftsController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitDraftDto'];
      };
    };
    responses: {
      /** @description Submitted */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No approver */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_uploadToDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewUploadDto'];
      };
    };
    responses: {
      /** @description A resumable upload begun: send chunks of `chunkBytes` to `href` with PUT and Content-Range, then POST `href`/complete. 413 when `size` is over ATTACHMENT_MAX_BYTES, 422 one file too many */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadSessionDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the drafting unit’s officers and leaders */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The draft is no longer being drafted */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DraftsController_createAmendment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAmendmentDraftDto'];
      };
    };
    responses: {
      /** @description The new amendment draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not the issuing side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The directive is no longer active */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ExplanationsController_answer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnswerExplanationDto'];
      };
    };
    responses: {
      /** @description The unit answers with a reason category */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExplanationAnsweredDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the unit asked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Already answered */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_ofExplanation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The files attached, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'][];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_toExplanation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description One file
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description Stored: type sniffed from the bytes, SHA-256 in the audit trail. 413 over ATTACHMENT_MAX_BYTES, 415 a type not allowed, 422 one file too many (ATTACHMENTS_PER_OBJECT) or a refused archive; each naming the field `file` */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the owning unit’s people */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_uploadToExplanation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewUploadDto'];
      };
    };
    responses: {
      /** @description A resumable upload begun: send chunks of `chunkBytes` to `href` with PUT and Content-Range, then POST `href`/complete. 413 when `size` is over ATTACHMENT_MAX_BYTES, 422 one file too many */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadSessionDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the owning unit’s people */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ExplanationsController_reasons: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The reason categories, vi and en */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReasonDto'][];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ChannelsController_view: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChannelsViewDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ChannelsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed: it receives nothing from now on */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ChannelsController_addPhone: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddPhoneDto'];
      };
    };
    responses: {
      /** @description Pending: a code went by SMS (10 minutes, 5 tries) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChannelAddressDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ChannelsController_verifyPhone: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerifyPhoneDto'];
      };
    };
    responses: {
      /** @description Verified */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChannelAddressDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ChannelsController_telegram: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A one-time /start link (10 minutes) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TelegramLinkDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ChannelsController_zalo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A code to send to the Official Account (10 minutes) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZaloLinkDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Changed; every earlier token is revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  PreferencesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesViewDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  PreferencesController_set: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PreferencesDto'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesViewDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MyWorkController_get: {
    parameters: {
      query?: {
        /** @description Items of this bucket only (every bucket is still counted) */
        bucket?: 'overdue' | 'due_today' | 'due_soon' | 'review' | 'explanation' | 'round';
        /** @description Items per bucket at most (counts are of all) */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyWorkDto'];
        };
      };
      /** @description A bad limit or bucket; details[] names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        unread?: boolean;
      };
      header: {
        'accept-language': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  NotificationsController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkedReadDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  NotificationsController_readAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkedReadDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  NotificationsController_unread: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCountDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReorganisationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReorganisationPlanListDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReorganisationsController_submit: {
    parameters: {
      query?: {
        /** @description With CSV */
        dryRun?: 'true' | 'false';
        /** @description With CSV */
        effectiveAt?: string;
      };
      header: {
        'accept-language': string;
      };
      path?: never;
      cookie?: never;
    };
    /** @description JSON, or CSV with one line per change (dryRun, effectiveAt in the query) */
    requestBody: {
      content: {
        /**
         * @example {
         *       "dryRun": true,
         *       "effectiveAt": "2026-12-15",
         *       "operations": [
         *         {
         *           "op": "merge",
         *           "from": [
         *             "DU-IAGRAI",
         *             "DU-CHUSE",
         *             "DU-DAKDOA"
         *           ],
         *           "into": {
         *             "code": "DU-IAGRAI-CHUSE",
         *             "name": "Đảng ủy xã Ia Grai - Chư Sê",
         *             "kind": "commune",
         *             "parentCode": "TU-GL"
         *           }
         *         },
         *         {
         *           "op": "abolishLevel",
         *           "units": [
         *             "MTTQ-PLEIKU"
         *           ]
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ReorganisationRequestDto'];
        /**
         * @example operation,unit,target,name,kind,parent,task,user
         *     merge,DU-IAGRAI,DU-IAGRAI-CHUSE,Đảng ủy xã Ia Grai - Chư Sê,commune,TU-GL,,
         *     merge,DU-CHUSE,DU-IAGRAI-CHUSE,,,,,
         *     abolish,MTTQ-PLEIKU,,,,,,
         */
        'text/csv': string;
      };
    };
    responses: {
      /** @description The preview (dryRun: true) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReorganisationPreviewDto'];
        };
      };
      /** @description Stored for its date */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReorganisationPlanDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The plan has conflicts (listed) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description EffectiveAt not later than now; bad CSV lines */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReorganisationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReorganisationPlanDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReorganisationsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cancelled */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReorganisationPlanDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Effective already, or cancelled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReorganisationsController_applyNow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Its instant is now; its workflow applies it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReorganisationPlanDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not planned: applied already, being applied, refused or cancelled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportingCyclesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cycles issued in your subtree, and those above that ask your unit for reports */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadableCycleDto'][];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportingCyclesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CycleDto'];
      };
    };
    responses: {
      /** @description A reporting cycle */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingCycleDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportingCyclesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadableCycleDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportingCyclesController_amend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CycleDto'];
      };
    };
    responses: {
      /** @description The amended cycle */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingCycleDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportingCyclesController_end: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndCycleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EndedCycleDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportingCyclesController_pause: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingCycleDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportingCyclesController_resume: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingCycleDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportingCyclesController_listRounds: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rounds opened */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundSummaryDto'][];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportingCyclesController_openRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpenRoundDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundOpenedDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportingCyclesController_round: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportingCyclesController_amendDeadlines: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmendRoundDeadlinesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundAmendedDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The round has been withdrawn */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportingCyclesController_urge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundUrgedDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportingCyclesController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawRoundDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundWithdrawnDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The round has already been withdrawn */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_ofReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The files attached, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'][];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_toReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description One file
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description Stored: type sniffed from the bytes, SHA-256 in the audit trail. 413 over ATTACHMENT_MAX_BYTES, 415 a type not allowed, 422 one file too many (ATTACHMENTS_PER_OBJECT) or a refused archive; each naming the field `file` */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the owning unit’s people */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TaskActionsController_review: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewReportDto'];
      };
    };
    responses: {
      /** @description Reviewed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewedDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nothing to review */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_ofReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The files the reviewer sent with the report’s return, oldest first: read by whoever reads the report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'][];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_toReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description One file
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description Stored: type sniffed from the bytes, SHA-256 in the audit trail. 413 over ATTACHMENT_MAX_BYTES, 415 a type not allowed, 422 one file too many (ATTACHMENTS_PER_OBJECT) or a refused archive; each naming the field `file` */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the reviewing side (the task’s assigning unit and the units above it) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The report was not returned */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_uploadToReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewUploadDto'];
      };
    };
    responses: {
      /** @description A resumable upload begun: send chunks of `chunkBytes` to `href` with PUT and Content-Range, then POST `href`/complete. 413 when `size` is over ATTACHMENT_MAX_BYTES, 422 one file too many */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadSessionDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the reviewing side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The report was not returned */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_uploadToReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewUploadDto'];
      };
    };
    responses: {
      /** @description A resumable upload begun: send chunks of `chunkBytes` to `href` with PUT and Content-Range, then POST `href`/complete. 413 when `size` is over ATTACHMENT_MAX_BYTES, 422 one file too many */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadSessionDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the owning unit’s people */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  StatsController_completion: {
    parameters: {
      query?: {
        /** @description The table as it stood at this instant, rebuilt from the audit log: a table printed then gives the same numbers now */
        asOf?: string;
        /** @description Assigned in the period (default) or falling due in it */
        basis?: 'assigned' | 'due';
        /** @description Export format */
        format?: 'xlsx' | 'csv' | 'pdf';
        /** @description First day */
        from?: string;
        grouping?: 'unit' | 'directive' | 'month' | 'quarter';
        /** @description The deadline in force (after extensions) or the original one */
        mode?: 'current' | 'original';
        /** @description Document number printed */
        number?: string;
        /** @description Place printed */
        place?: string;
        /** @description Delegated sub-tasks: counted for the unit they were given to (default), or left out */
        subtasks?: 'include' | 'exclude';
        /** @description The unit and its whole subtree */
        subtree?: boolean;
        /** @description Last day */
        to?: string;
        /** @description Unit, default the caller unit */
        unitId?: string;
      };
      header: {
        accept: string;
        'accept-language': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The completion table (one row per unit, a total row). Counting rules (docs/statistics.md): tasks assigned in the period by default (basis=assigned), or falling due in it (basis=due); cancelled tasks left out; delegated sub-tasks counted for the unit they were given to (subtasks=include), or left out (exclude); a task done after an approved extension is on time against the current deadline (mode=current) and late against the original (mode=original); asOf rebuilds the table at an instant from the audit log. XLSX, CSV or PDF with ?format= or Accept. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompletionDto'];
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  StatsController_overdue: {
    parameters: {
      query?: {
        /** @description The table as it stood at this instant, rebuilt from the audit log: a table printed then gives the same numbers now */
        asOf?: string;
        /** @description Assigned in the period (default) or falling due in it */
        basis?: 'assigned' | 'due';
        /** @description Export format */
        format?: 'xlsx' | 'csv' | 'pdf';
        /** @description First day */
        from?: string;
        limit?: number;
        /** @description The deadline in force (after extensions) or the original one */
        mode?: 'current' | 'original';
        /** @description Document number printed */
        number?: string;
        /** @description Place printed */
        place?: string;
        /** @description Delegated sub-tasks: counted for the unit they were given to (default), or left out */
        subtasks?: 'include' | 'exclude';
        /** @description The unit and its whole subtree */
        subtree?: boolean;
        /** @description Last day */
        to?: string;
        /** @description Unit, default the caller unit */
        unitId?: string;
      };
      header: {
        accept: string;
        'accept-language': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The overdue pack for a briefing: by unit, working days overdue, the escalation level reached, the latest notice, the unit’s explanations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverdueDto'];
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  StatsController_rankings: {
    parameters: {
      query?: {
        /** @description The table as it stood at this instant, rebuilt from the audit log: a table printed then gives the same numbers now */
        asOf?: string;
        /** @description Assigned in the period (default) or falling due in it */
        basis?: 'assigned' | 'due';
        /** @description Export format */
        format?: 'xlsx' | 'csv' | 'pdf';
        /** @description First day */
        from?: string;
        /** @description The deadline in force (after extensions) or the original one */
        mode?: 'current' | 'original';
        /** @description Document number printed */
        number?: string;
        order?: 'best' | 'worst';
        /** @description Place printed */
        place?: string;
        sort?:
          | 'onTimeRate'
          | 'meanWorkingDaysLate'
          | 'medianHoursToAcknowledge'
          | 'escalations'
          | 'explanationRequests'
          | 'total';
        /** @description Delegated sub-tasks: counted for the unit they were given to (default), or left out */
        subtasks?: 'include' | 'exclude';
        /** @description The unit and its whole subtree */
        subtree?: boolean;
        /** @description Last day */
        to?: string;
        /** @description Unit, default the caller unit */
        unitId?: string;
      };
      header: {
        accept: string;
        'accept-language': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Unit rankings: on-time rate, mean working days late, median time to acknowledge, escalations, explanation requests, with the same period last year; sortable with sort and order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RankingsDto'];
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TasksController_list: {
    parameters: {
      query?: {
        /** @description The page after this cursor (the previous page’s nextCursor): an index range at any depth; not with offset */
        after?: string;
        bucket?: 'open_within_deadline' | 'open_overdue' | 'completed_on_time' | 'completed_late' | 'cancelled';
        directiveId?: string;
        /** @description The directive’s document type (its code, e.g. KH) */
        docType?:
          'NQ' | 'QĐ' | 'QĐi' | 'CT' | 'KL' | 'QC' | 'HD' | 'TB' | 'BC' | 'KH' | 'CTr' | 'ĐA' | 'TTr' | 'CV' | 'TT';
        limit?: number;
        offset?: number;
        /** @description Ascending or descending */
        order?: 'asc' | 'desc';
        /** @description The unit as lead, as coordinating unit, or either */
        role?: 'lead' | 'coordinating' | 'any';
        /** @description Sort on the deadline, the status (overdue first), the lead unit’s name, the document number or the last change */
        sort?: 'deadline' | 'status' | 'unit' | 'directive' | 'updated';
        /** @description Include units below */
        subtree?: boolean;
        /** @description The unit (default: yours) */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskListItemPage'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TaskActionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TaskActionsController_acknowledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Acknowledged */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcknowledgedDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only users of the lead unit */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Already acknowledged or closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_ofTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The files attached, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'][];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_toTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description One file
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description Stored: type sniffed from the bytes, SHA-256 in the audit trail. 413 over ATTACHMENT_MAX_BYTES, 415 a type not allowed, 422 one file too many (ATTACHMENTS_PER_OBJECT) or a refused archive; each naming the field `file` */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the owning unit’s people */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  LeaderActionsController_changeDeadline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeDeadlineDto'];
      };
    };
    responses: {
      /** @description The deadline changed (audited with the reason; reminders re-planned) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineChangedDto'];
        };
      };
      /** @description With an offset, not past; a reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Leaders and admins of the assigning side only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The task is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TaskActionsController_delegate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeated requests with the same key delegate once: 1–200 printable ASCII characters. Within 24 h (IDEMPOTENCY_KEY_TTL_SECONDS, default 24 h) a repeat with the same body replays (200, Idempotent-Replayed: true) and another body is refused (422); after that the key is forgotten and a request with it is new. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DelegateTaskDto'];
      };
    };
    responses: {
      /** @description A replay (same key, same body): the same sub-tasks */
      200: {
        headers: {
          /** @description true */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationDto'];
        };
      };
      /** @description Delegated */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationDto'];
        };
      };
      /** @description A unit not below, a deadline after the parent…; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only users of the lead unit */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The task is closed or reported */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The key was used with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ExplanationsController_ofTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The task explanation requests */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExplanationDto'][];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ExplanationsController_request: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestExplanationDto'];
      };
    };
    responses: {
      /** @description Asks the lead unit of a late task to explain within N working days; reminded and escalated like any obligation */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExplanationRequestedDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the assigning side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The task is not late */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TaskActionsController_requestExtension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestExtensionDto'];
      };
    };
    responses: {
      /** @description Extension requested */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExtensionRequestedDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TaskActionsController_decideExtension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        requestId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideExtensionDto'];
      };
    };
    responses: {
      /** @description Decided; the deadlines now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExtensionDecidedDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HistoryController_task: {
    parameters: {
      query?: {
        /** @description Action code, or `notice.<kind>` */
        action?: string;
        /** @description Who acted (a username), or `system` */
        actor?: string;
        /** @description Export format; html: the print view */
        format?: 'xlsx' | 'csv' | 'pdf' | 'html';
        /** @description From (inclusive) */
        from?: string;
        limit?: number;
        offset?: number;
        /** @description To (exclusive) */
        to?: string;
      };
      header: {
        accept: string;
        'accept-language': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Who did what and when (fields before → after) and the notices the system sent, with their delivery status, in time order; XLSX/CSV/PDF by ?format= or Accept, a print view by ?format=html; in the reader's language (Accept-Language) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPageDto'];
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
          'text/html': string;
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TaskActionsController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitReportDto'];
      };
    };
    responses: {
      /** @description Report submitted */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportReceiptDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only users of the lead unit */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_uploadToTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewUploadDto'];
      };
    };
    responses: {
      /** @description A resumable upload begun: send chunks of `chunkBytes` to `href` with PUT and Content-Range, then POST `href`/complete. 413 when `size` is over ATTACHMENT_MAX_BYTES, 422 one file too many */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadSessionDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the owning unit’s people */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  LeaderActionsController_urge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UrgeTaskDto'];
      };
    };
    responses: {
      /** @description urged: a notice to the lead unit, audited */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskUrgedDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the assigning side (the assigning unit or above) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The task is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Urged too recently; Retry-After seconds, details name the instant */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  LeaderActionsController_explainMany: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key asks nothing twice: 1–200 printable ASCII characters. Within 24 h (IDEMPOTENCY_KEY_TTL_SECONDS, default 24 h) a repeat with the same body replays (200, Idempotent-Replayed: true) and another body is refused (422); after that the key is forgotten and a request with it is new. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkExplanationDto'];
      };
    };
    responses: {
      /** @description One line per id, done or refused with a reason; a repeat with the same key replays the first answer */
      200: {
        headers: {
          /** @description true on a replay */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulkResultDto'];
        };
      };
      /** @description 1–500 distinct uuids; a note */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the assigning side (the assigning unit or above) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  LeaderActionsController_urgeMany: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key urges nothing twice: 1–200 printable ASCII characters. Within 24 h (IDEMPOTENCY_KEY_TTL_SECONDS, default 24 h) a repeat with the same body replays (200, Idempotent-Replayed: true) and another body is refused (422); after that the key is forgotten and a request with it is new. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkUrgeDto'];
      };
    };
    responses: {
      /** @description One line per id, done or refused with a reason; a repeat with the same key replays the first answer */
      200: {
        headers: {
          /** @description true on a replay */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulkResultDto'];
        };
      };
      /** @description 1–500 distinct uuids; a note */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only the assigning side (the assigning unit or above) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UnitsController_list: {
    parameters: {
      query?: {
        includeInactive?: boolean;
        kind?:
          | 'party_committee'
          | 'advisory_board'
          | 'fatherland_front'
          | 'mass_organisation'
          | 'armed_force'
          | 'state_agency'
          | 'commune'
          | 'other';
        limit?: number;
        offset?: number;
        /** @description Name or code, with or without diacritics */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitPage'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UnitsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUnitDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Code taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UnitsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UnitsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUnitDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UnitsController_deactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeactivateUnitDto'];
      };
    };
    responses: {
      /** @description Deactivated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeactivatedUnitDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HistoryController_unit: {
    parameters: {
      query?: {
        /** @description Action code, or `notice.<kind>` */
        action?: string;
        /** @description Who acted (a username), or `system` */
        actor?: string;
        /** @description From (inclusive) */
        from?: string;
        limit?: number;
        offset?: number;
        /** @description To (exclusive) */
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Who did what and when (fields before → after) and the notices the system sent, with their delivery status, in time order; the unit and the tasks it leads */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPageDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UnitsController_move: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveUnitDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Would make a cycle; names the units */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UnitsController_subtree: {
    parameters: {
      query?: {
        includeInactive?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The unit and everything below it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitPage'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WebhooksController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookViewDto'][];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WebhooksController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookDto'];
      };
    };
    responses: {
      /** @description The secret is shown this once */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookCreatedDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Admins and unit leaders only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WebhooksController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deactivated */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UnitsController_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description JSON or CSV with a header row */
    requestBody: {
      content: {
        /**
         * @example {
         *       "units": [
         *         {
         *           "code": "XA-IAGRAI",
         *           "name": "Đảng ủy xã Ia Grai",
         *           "kind": "commune",
         *           "parentCode": "TU-GL"
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ImportUnitsDto'];
        /**
         * @example code,name,kind,parentCode
         *     XA-IAGRAI,Đảng ủy xã Ia Grai,commune,TU-GL
         */
        'text/csv': string;
      };
    };
    responses: {
      /** @description Units created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitsImportedDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_uploadStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description How far the upload got: resume from `received` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadSessionDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_putChunk: {
    parameters: {
      query?: never;
      header: {
        /** @description `bytes START-END/SIZE`: START a multiple of `chunkBytes`, END - START + 1 = `chunkBytes` but for the last */
        'Content-Range': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description One chunk, raw */
    requestBody: {
      content: {
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description Kept (a chunk sent again replaces itself) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadSessionDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A chunk beyond `received`: resume from there */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_abandonUpload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Abandoned: its chunks removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AttachmentsController_completeUpload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every byte arrived: Stored: type sniffed from the bytes, SHA-256 in the audit trail. 413 over ATTACHMENT_MAX_BYTES, 415 a type not allowed, 422 one file too many (ATTACHMENTS_PER_OBJECT) or a refused archive; each naming the field `file` */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Bytes still missing */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Larger than ATTACHMENT_MAX_BYTES, naming `file` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A type not allowed (sniffed from the bytes), naming `file` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Users of units in your subtree */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'][];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UsersController_clearance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClearanceDto'];
      };
    };
    responses: {
      /** @description Grants or withdraws clearance for secret content (auditors, admins), audited */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Only auditors and admins are cleared */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UsersController_deactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AccountStatusDto'];
      };
    };
    responses: {
      /** @description deactivated: every session ends now, sign-in refused */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Already deactivated, or your own account */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HistoryController_user: {
    parameters: {
      query?: {
        /** @description Action code, or `notice.<kind>` */
        action?: string;
        /** @description Who acted (a username), or `system` */
        actor?: string;
        /** @description From (inclusive) */
        from?: string;
        limit?: number;
        offset?: number;
        /** @description To (exclusive) */
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What a person did */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPageDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UsersController_reactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AccountStatusDto'];
      };
    };
    responses: {
      /** @description Reactivated; the user may sign in again */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Already active */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UsersController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Both dependencies up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReportDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A dependency is down */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReportDto'] | components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The process answers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LiveDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ready for traffic */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReportDto'];
        };
      };
      /** @description Invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A dependency is down */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReportDto'] | components['schemas']['ErrorBody'];
        };
      };
    };
  };
}
