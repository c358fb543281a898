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
     * Việc của tôi / my work
     * @description Việc người đăng nhập phải làm, theo mức khẩn: quá hạn, hạn hôm nay, hạn trong 3 ngày làm việc, chờ tôi thẩm định, giải trình được yêu cầu, kỳ báo cáo chưa nộp / what the signed-in person must do, most urgent first
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
      /** @example Nghỉ hưu từ 01/12/2026 / retired */
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
    AdjustmentDto: {
      indicator: string;
      note: string | null;
      /** @description Tổng hợp cấp dưới / roll-up of those below */
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
       * @description Nhóm lý do chậm / reason category
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
       * @description Hạn giải trình, số ngày làm việc / due in working days
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
       * @description Vì sao không làm: không thấy nhiệm vụ, không thuộc bên giao, đã kết thúc, vừa đôn đốc, không chậm hạn / why not: not visible, not the assigning side, closed, urged too recently, not late
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
      /** @description Một dòng cho mỗi id, theo thứ tự gửi / one per id, in order */
      results: components['schemas']['BulkItemDto'][];
    };
    BulkUrgeDto: {
      /**
       * @description Ý kiến chỉ đạo gửi kèm / the leader’s note sent with the urge
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
      /** @description Thứ Bảy, Chủ nhật làm bù */
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
      /** @description Ngày của điểm kiểm tra được tin cậy / the checkpoint trusted */
      fromCheckpoint: string | null;
      fromPos: string;
      head: components['schemas']['ChainHeadDto'];
      ok: boolean;
    };
    ChangeDeadlineDto: {
      /**
       * Format: date-time
       * @description Hạn mới, có múi giờ / the new deadline, with an offset
       * @example 2026-12-31T17:00:00+07:00
       */
      deadline: string;
      /**
       * @description Lý do đổi hạn / why
       * @example Điều chỉnh theo Kết luận của Thường trực Tỉnh ủy
       */
      reason: string;
    };
    ChangePasswordDto: {
      /** @example DonDoc@2026 */
      currentPassword: string;
      /**
       * @description Ít nhất 10 ký tự, khác tên đăng nhập, không phải mật khẩu phổ biến / at least 10 characters, not the username, not a common password
       * @example Mật-khẩu-mới-đủ-dài-2026
       */
      newPassword: string;
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
      /** @description true: cấp; false: thu hồi / true: grant; false: withdraw */
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
      total: number;
      /** @description Số thứ tự; null ở dòng Tổng cộng / null on the total row */
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
    CreateDirectiveDto: {
      /**
       * @default normal
       * @enum {string}
       */
      confidentiality?: 'normal' | 'secret';
      /**
       * @description Số ký hiệu / document number <số>-<loại>/<cơ quan>; the pattern is the canonical form (the API also reads "Kế hoạch số 15-KH/TU", other dashes, lower case)
       * @example 15-KH/TU
       */
      documentNumber: string;
      /** @description Giao theo quy tắc thay cho danh sách: mọi đơn vị thuộc các loại đã chọn dưới đơn vị gốc (đến 200.000) / recipients by rule instead of a list: every active unit of the kinds under the root (up to 200,000) */
      expansion?: components['schemas']['DirectiveExpansionDto'];
      /**
       * @description Ngày ban hành / issue date (YYYY-MM-DD)
       * @example 2026-11-23
       */
      issueDate: string;
      /**
       * Format: uuid
       * @description Cơ quan ban hành (mặc định: đơn vị của bạn) / issuing unit (default: yours)
       */
      issuingUnitId?: string;
      /** @example Triển khai Quyết định số 290-QĐ/TW về Quy chế công tác dân vận của hệ thống chính trị. */
      summary?: string;
      /** @description Các nhiệm vụ, mỗi nhiệm vụ một đơn vị chủ trì (hoặc dùng expansion) / the tasks, each with its lead unit (or use expansion) */
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
      /** @description Đơn vị phối hợp / coordinating units */
      coordinatingUnitIds?: string[];
      /**
       * Format: date-time
       * @description Hạn tuyệt đối, ISO 8601 có múi giờ / absolute deadline with offset (or use deadlineWorkingDays)
       * @example 2026-12-15T17:00:00+07:00
       */
      deadline?: string;
      /**
       * @description Hạn = N ngày làm việc kể từ ngày ban hành / N working days after the issue date
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
       * @description Đơn vị chủ trì / lead unit
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
       * @description Thời hạn thẩm định báo cáo, ngày làm việc hoặc ISO 8601 (mặc định theo cấu hình) / review period: {workingDays} or {duration}; default from configuration
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
       * @description Thời hạn bổ sung báo cáo bị trả lại (mặc định theo cấu hình) / revision period after a return; default from configuration
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
       * @description Mã đơn vị (duy nhất) / unique code
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
       * @description Đơn vị cấp trên / parent unit
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
       * @description Thủ trưởng đơn vị (nhận báo cáo vượt cấp) / head of the unit
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
       * @description Được đọc nội dung mật (kiểm tra viên) / cleared to read secret content (auditors)
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
       * @description Đơn vị tổng hợp chung (vd. Ban Dân vận) / the unit that consolidates for the issuer
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
       * @description monthly | quarterly | six_monthly | nine_monthly | yearly, hoặc thời lượng ISO 8601 (vd. PT20S) cho thử nghiệm / or an ISO duration for tests
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
       * @description Số ký hiệu văn bản làm căn cứ / the legal basis
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
      /** @description Một số hoặc khoảng / a number or a range */
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
      /** @description Mọi nhiệm vụ đã nhận bàn giao; false: việc bàn giao vẫn tiếp tục sau khi trả lời / every open task has taken the hand-over; false: it goes on after this answer */
      handOverCompleted: boolean;
      /** @description Nhiệm vụ đơn vị chủ trì, chuyển sang đơn vị kế thừa qua luồng theo dõi của từng nhiệm vụ / open tasks it led, handed over to the successor through each task’s workflow */
      movedTaskIds: string[];
      unit: components['schemas']['UnitDto'];
    };
    DeactivateUnitDto: {
      /** @example Hợp nhất theo Nghị quyết của Ban Chấp hành Trung ương */
      reason: string;
      /**
       * Format: uuid
       * @description Đơn vị kế thừa nhiệm vụ / unit that takes over open tasks
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
       * @description Tên ngày nghỉ lễ / the holiday’s name
       * @example Quốc khánh
       */
      holiday: string | null;
      /**
       * @description Tên ngày nghỉ lễ bằng tiếng Anh; null khi chưa có
       * @example National Day
       */
      holidayEn: string | null;
      /** @description Tối đa 20 nhiệm vụ đầu / the first 20 tasks */
      tasks: components['schemas']['DeadlineTaskDto'][];
      /** @description Số hạn trong ngày / deadlines on the day */
      total: number;
      /** @description Ngày làm việc / a working day */
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
      /** @description E-mail hoặc URL / the e-mail address or the webhook URL */
      address: string;
      attempts: number;
      /** @enum {string} */
      channel: 'email' | 'webhook';
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
      /** @description Tổng số, không kể phân trang / the count before paging */
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
      /** @description Số nhiệm vụ người đọc thấy; `tasks` mang tối đa 1.000 nhiệm vụ đầu, phần còn lại ở GET /tasks?directiveId= / how many tasks the reader sees; `tasks` carries the first 1,000 at most, the rest are pages of GET /tasks?directiveId= */
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
       * @description Loại đơn vị nhận nhiệm vụ / kinds of unit that receive a task
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
       * @description Cấp dưới đơn vị gốc: 0 chính nó, 1 trực thuộc, 2 cấp tiếp theo…; bỏ trống: mọi cấp / levels below the root: 0 the root, 1 directly under it, …; absent: every level
       * @example [
       *       1,
       *       2
       *     ]
       */
      levels?: number[];
      /**
       * Format: uuid
       * @description Đơn vị gốc: giao cho các đơn vị thuộc đơn vị này (kể cả chính nó) / root unit: the rule reaches its subtree, itself included
       */
      rootUnitId: string;
      /** @description Nhiệm vụ giao cho mỗi đơn vị / the task each unit gets */
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
      /** @description Con trỏ trang sau: gửi lại làm `after` (null ở trang cuối) / the next page: send it back as `after` (null on the last page) */
      nextCursor: string | null;
      /** @description Tổng số theo bộ lọc, không kể phân trang, đếm lúc totalAsOf (đếm lại sau vài giây, không đếm mỗi trang) / the count of the filter before paging, as counted at totalAsOf: counted again after a few seconds, not for every page */
      total: number;
      /**
       * Format: date-time
       * @description Thời điểm đếm tổng số / when the total was counted
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
      leadUnit: components['schemas']['UnitRefDto'];
      /** Format: date-time */
      originalDeadline: string;
      /** Format: uuid */
      parentTaskId: string | null;
      progress: components['schemas']['ProgressDto'];
      reminderPolicy: components['schemas']['ReminderPolicyDto'];
      reportRequired: boolean;
      reportTemplate: string | null;
      /** @description null: theo cấu hình / the configured period */
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
      /** @description null: theo cấu hình / the configured period */
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
    EndCycleDto: {
      /**
       * @description Kỳ còn mở: tiếp tục, hoặc thu hồi (hủy nhiệm vụ còn mở, giữ báo cáo đã nộp) / open rounds: keep running, or withdraw them
       * @enum {string}
       */
      openRounds: 'keep' | 'withdraw';
      /** @description Bắt buộc khi thu hồi / required with openRounds = withdraw */
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
      /** @description Kỳ đã thu hồi / rounds withdrawn */
      withdrawnRounds: string[];
    };
    ErrorBody: {
      details: {
        field: string;
        message: string;
      }[];
      /** @example Bad Request */
      error: string;
      /** @example Dữ liệu không hợp lệ / invalid input */
      message: string;
      /** @example 400 */
      statusCode: number;
    };
    EscalationPolicyDto: {
      /** @description Nhắc lại ở cấp cao nhất / repeat interval at the top */
      repeatAtTop:
        | {
            workingDays: number;
          }
        | {
            /** @example P2D */
            duration: string;
          };
      /** @description Sau hạn bao lâu thì báo cấp tiếp theo / delay before each next level */
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
    ExplanationRequestedDto: {
      /** Format: date-time */
      dueAt: string;
      /** Format: uuid */
      explanationId: string;
      /** Format: uuid */
      taskId: string;
      /**
       * Format: uuid
       * @description Đơn vị phải giải trình / the unit asked
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
       * @description Lần thử hiện tại / the current attempt
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
      /** @enum {string} */
      kind: 'change' | 'notice';
      label: components['schemas']['LabelDto'];
      notice?: components['schemas']['HistoryNoticeDto'];
      related: components['schemas']['HistoryRelatedDto'];
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
       * @description Mã đơn vị cấp trên / parent code
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
      /** @description Chưa đọc (tất cả) / unread, in all */
      unread: number;
    };
    InboxItemDto: {
      body: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      directiveId: string | null;
      /** Format: uuid */
      id: string;
      /**
       * @description One of task_assigned, ack_due, reminder, overdue, escalation, report_submitted, report_returned, review_due, extension_requested, extension_decided, cancelled, subtasks_completed, urged
       * @example escalation
       */
      kind: string;
      /** Format: uuid */
      lateUnitId: string | null;
      /** @description Cấp báo cáo vượt cấp / escalation level */
      level: number | null;
      /** Format: date-time */
      readAt: string | null;
      /** Format: uuid */
      taskId: string | null;
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
       * @description Điều chỉnh số tổng hợp: lý do đơn vị tổng hợp báo số khác số cộng từ cấp dưới / why a consolidating unit adjusts its roll-up
       * @example Cộng thêm 1 xã đạt chuẩn sau ngày chốt số liệu
       */
      note?: string;
      /** @example 4 */
      value: number;
    };
    IndicatorValueViewDto: {
      name: string;
      /** @description Lý do điều chỉnh số tổng hợp / why the roll-up is adjusted */
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
       * @description Đơn vị cấp trên mới / new parent
       */
      parentId: string;
    };
    MyWorkBucketDto: {
      /** @enum {string} */
      bucket: 'overdue' | 'due_today' | 'due_soon' | 'review' | 'explanation' | 'round';
      /** @description Mọi việc của nhóm / every item of the bucket */
      count: number;
      /** @description Theo hạn, tối đa limit / by due instant, at most limit */
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
      /** Format: date-time */
      asOf: string;
      /** @description Mọi nhóm, theo thứ tự khẩn / every bucket, most urgent first */
      buckets: components['schemas']['MyWorkBucketDto'][];
      /** @description Tổng số việc / every item of every bucket */
      total: number;
    };
    MyWorkExplanationRefDto: {
      /** Format: uuid */
      id: string;
      note: string;
    };
    MyWorkItemDto: {
      /**
       * @description Việc cần làm tiếp: xác nhận, báo cáo, thẩm định, giải trình, báo cáo kỳ / the next action: acknowledge, report, review, answer an explanation, answer a round
       * @enum {string}
       */
      action: 'acknowledge' | 'report' | 'review' | 'answer_explanation' | 'answer_round';
      /** @description Bên kia: đơn vị giao (khi làm), đơn vị báo cáo (khi thẩm định), đơn vị yêu cầu (khi giải trình) / the other side: who assigned, who reported, who asked */
      counterpart: components['schemas']['UnitRefDto'];
      directive: components['schemas']['MyWorkDirectiveDto'];
      /**
       * Format: date-time
       * @description Hạn của việc này / when this action is due
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
      /** @description Phải nộp báo cáo / a report is required */
      reportRequired: boolean;
      title: string;
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
       * @description Khóa kỳ / the period key (2026-Q1, 2026-H1, S3 …)
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
       * @description Văn bản quyết định ngày này / the deciding document
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
      leadUnit: components['schemas']['UnitRefDto'];
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
    PreferencesDto: {
      /**
       * @description Kênh theo loại thông báo; loại không nêu nhận cả hai; cảnh báo vượt cấp luôn gửi / channels per notice kind; unlisted kinds get both; escalations always go
       * @example {
       *       "reminder": [
       *         "in_app"
       *       ],
       *       "report_submitted": [
       *         "in_app",
       *         "email"
       *       ]
       *     }
       */
      channels?: {
        [key: string]: ('in_app' | 'email')[];
      };
      /**
       * @description Bản tin 07:30 thay cho nhắc hạn lẻ / 07:30 digest in place of single reminders
       * @example true
       */
      digest?: boolean;
      /**
       * Format: email
       * @description Địa chỉ nhận thư; null để thôi nhận / where e-mail goes; null for none
       * @example mttq.tinh@gialai.dcs.vn
       */
      email?: string | null;
      /**
       * @description Ngôn ngữ đã chọn; null để theo trình duyệt
       * @example vi
       * @enum {string|null}
       */
      locale?: 'vi' | 'en' | null;
      /** @description null để bỏ / null to clear */
      quietHours?: components['schemas']['QuietHoursDto'] | null;
    };
    PreferencesViewDto: {
      /**
       * @description Kênh theo loại thông báo / channels per notice kind
       * @example {
       *       "reminder": [
       *         "in_app"
       *       ]
       *     }
       */
      channels: {
        [key: string]: ('in_app' | 'email')[];
      };
      digest: boolean;
      /** @example mttq.tinh@gialai.dcs.vn */
      email: string | null;
      /** @enum {string|null} */
      locale: 'vi' | 'en' | null;
      quietHours: components['schemas']['QuietHoursViewDto'] | null;
    };
    ProgressDto: {
      /** @example 0.5 */
      ratio: number;
      /** @description Nhiệm vụ con trực tiếp / sub-tasks directly below */
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
      /** @description Cùng kỳ năm trước / the same period last year */
      lastYear: components['schemas']['UnitMeasuresDto'];
      meanWorkingDaysLate: number | null;
      medianHoursToAcknowledge: number | null;
      onTimeRate: number | null;
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
      /** @description Mã làm mới từ lần đăng nhập / the refresh token from login */
      refreshToken: string;
    };
    ReminderPolicyDto: {
      /** @description Nhắc trước hạn / reminders this long before the deadline */
      before: (
        | {
            workingDays: number;
          }
        | {
            /** @example P2D */
            duration: string;
          }
      )[];
      /** @description Nhắc vào giờ này ngày đến hạn / also remind at this local time (HH:mm) on the deadline day */
      onDeadlineDayAt?: string | null;
    };
    ReportHeadingDto: {
      /** Format: date-time */
      date: string;
      /** @description Cơ quan ban hành / the issuing body */
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
      /** @description Nộp sau hạn / submitted after the deadline */
      late: boolean;
      /** Format: uuid */
      reportId: string;
      version: number;
    };
    RequestExplanationDto: {
      /** @example Đề nghị Hội Nông dân tỉnh giải trình việc chậm báo cáo giao ban quý III */
      note: string;
      /**
       * @description Hạn giải trình, số ngày làm việc kể từ hôm nay / due in working days from today
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
       * @description terminate: dừng ngay / stop at once; cancel: để luồng tự kết thúc / let it end on cancellation
       * @default terminate
       * @enum {string}
       */
      action?: 'terminate' | 'cancel';
      /** @example Dữ liệu hỏng từ bản cũ, đã báo người ban hành / poisoned input from an older build */
      reason: string;
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
      /** @description Nhiệm vụ được đổi hạn / open tasks re-dated */
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
       * @description Hạn mới, ISO 8601 có múi giờ / new deadline
       * @example 2026-12-18T17:00:00+07:00
       */
      deadline: string;
      /**
       * @description Cấp trong kỳ / a level of the round (its levelDeadlines name)
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
      /** @description Đơn vị cấp dưới chưa báo cáo / units below not reported */
      missing: string[];
      /** @description Kỳ trước / the previous period */
      previousPeriod: {
        [key: string]: number | null;
      } | null;
      /** @description Số liệu đơn vị báo cáo / reported values */
      reported: {
        [key: string]: number;
      } | null;
      /** @description Tổng hợp cấp dưới / roll-up of those below */
      rollup: {
        [key: string]: number | null;
      };
      /** @description Cùng kỳ năm trước / a year before */
      samePeriodLastYear: {
        [key: string]: number | null;
      } | null;
      /** Format: uuid */
      taskId?: string;
      unitCode?: string;
      /** @description Đơn vị (rỗng ở gốc tổng hợp) / the unit */
      unitId: string;
      unitName?: string;
      /** @description Báo cáo đã nộp của một kỳ đã thu hồi: được giữ, đánh dấu thu hồi / a report kept from a withdrawn round */
      withdrawn: boolean;
    };
    RoundOpenedDto: {
      /** @description false: kỳ đã mở trước đó / the round was already open */
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
       * @description withdrawn: thu hồi / withdrawn by the issuer
       * @enum {string}
       */
      status: 'open' | 'withdrawn';
    };
    RoundUrgedDto: {
      /** Format: uuid */
      roundId: string;
      /** @description Số đơn vị được nhắc / units urged */
      urged: number;
    };
    RoundWithdrawalDto: {
      /** Format: date-time */
      at: string;
      by: string;
      reason: string;
    };
    RoundWithdrawnDto: {
      /** @description Nhiệm vụ bị hủy / tasks cancelled */
      cancelled: number;
      /** @description Báo cáo đã nộp được giữ / reports kept */
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
    SubmitReportDto: {
      /**
       * @description Tham chiếu tệp đính kèm / attachment references
       * @example [
       *       "files/bao-cao-quy-1.pdf"
       *     ]
       */
      attachments?: string[];
      indicatorValues?: components['schemas']['IndicatorValueDto'][];
      /**
       * @description Cần khi còn nhiệm vụ giao cấp dưới chưa hoàn thành: lý do báo cáo trước / needed while delegated sub-tasks are open: why report now
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
      /** @description Đơn vị phối hợp / coordinating units */
      coordinatingUnitIds?: string[];
      /**
       * Format: date-time
       * @description Không muộn hơn hạn của nhiệm vụ; mặc định sớm hơn 1 ngày làm việc / no later than the parent; default one working day earlier
       * @example 2026-12-14T17:00:00+07:00
       */
      deadline?: string;
      /** @example Gửi số liệu về Ban Thường trực trước khi tổng hợp */
      description?: string;
      /**
       * Format: uuid
       * @description Đơn vị cấp dưới chủ trì phần việc / the subordinate unit that leads it
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
      leadUnit: components['schemas']['UnitRefDto'];
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
      /** @description Đơn vị phối hợp / coordinating units */
      coordinatingUnits: components['schemas']['UnitRefDto'][];
      /** Format: date-time */
      deadline: string | null;
      depth: number;
      description: string | null;
      directive: components['schemas']['TaskDirectiveRefDto'];
      extensions: components['schemas']['ExtensionViewDto'][];
      /** Format: uuid */
      id: string;
      indicators: components['schemas']['IndicatorViewDto'][];
      leadUnit: components['schemas']['UnitRefDto'];
      /** Format: date-time */
      originalDeadline: string | null;
      parent: components['schemas']['ParentTaskViewDto'] | null;
      /** Format: uuid */
      parentTaskId: string | null;
      periodic: components['schemas']['PeriodicDto'] | null;
      /** @enum {string} */
      phase: 'awaiting_ack' | 'in_progress' | 'under_review' | 'revising' | 'completed' | 'cancelled';
      progress: components['schemas']['ProgressDto'];
      /** @description Phải báo cáo kết quả / a report is required */
      reportRequired: boolean;
      reports: components['schemas']['TaskReportViewDto'][];
      reportTemplate: string | null;
      /** Format: date-time */
      reviewDeadline: string | null;
      /** @description null: theo cấu hình / the configured period */
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
      /** @description null: theo cấu hình / the configured period */
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
      /** @description Số ngày làm việc còn lại đến hạn, âm khi đã quá hạn; null khi nhiệm vụ đã đóng / working days left to the deadline, negative once past; null once the task is closed */
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
      leadUnit: components['schemas']['UnitRefDto'];
      /** Format: date-time */
      originalDeadline: string;
      /** Format: uuid */
      parentTaskId: string | null;
      periodic: components['schemas']['PeriodicDto'] | null;
      /**
       * @description Vai trò của đơn vị / the unit as lead or coordinating
       * @enum {string}
       */
      role: 'lead' | 'coordinating';
      /** @enum {string} */
      status: 'assigned' | 'overdue' | 'completed' | 'cancelled';
      title: string;
    };
    TaskListItemPage: {
      items: components['schemas']['TaskListItemDto'][];
      /** @description Con trỏ trang sau: gửi lại làm `after` (null ở trang cuối) / the next page: send it back as `after` (null on the last page) */
      nextCursor: string | null;
      /** @description Tổng số theo bộ lọc, không kể phân trang, đếm lúc totalAsOf (đếm lại sau vài giây, không đếm mỗi trang) / the count of the filter before paging, as counted at totalAsOf: counted again after a few seconds, not for every page */
      total: number;
      /**
       * Format: date-time
       * @description Thời điểm đếm tổng số / when the total was counted
       */
      totalAsOf: string;
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
       * @description Hạn tuyệt đối, ISO 8601 có múi giờ / absolute deadline with offset (or use deadlineWorkingDays)
       * @example 2026-12-15T17:00:00+07:00
       */
      deadline?: string;
      /**
       * @description Hạn = N ngày làm việc kể từ ngày ban hành / N working days after the issue date
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
       * @description Thời hạn thẩm định báo cáo, ngày làm việc hoặc ISO 8601 (mặc định theo cấu hình) / review period: {workingDays} or {duration}; default from configuration
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
       * @description Thời hạn bổ sung báo cáo bị trả lại (mặc định theo cấu hình) / revision period after a return; default from configuration
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
       * @description Lần đôn đốc tiếp theo được phép từ / the next urge is allowed from
       */
      nextAllowedAt: string;
      /** Format: uuid */
      taskId: string;
      /** Format: date-time */
      urgedAt: string;
    };
    TokenPairDto: {
      /** @example eyJhbGciOiJIUzI1NiIs… */
      accessToken: string;
      /**
       * @description Giây mã truy cập còn hiệu lực / seconds the access token lives
       * @example 900
       */
      expiresIn: number;
      /**
       * @description Đổi một lần lấy cặp mã mới tại POST /auth/refresh / exchanged once at POST /auth/refresh for a new pair
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
       * @description Giây mã truy cập còn hiệu lực / seconds the access token lives
       * @example 900
       */
      expiresIn: number;
      /**
       * @description Đổi một lần lấy cặp mã mới tại POST /auth/refresh / exchanged once at POST /auth/refresh for a new pair
       * @example eyJhbGciOiJIUzI1NiIs…
       */
      refreshToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
      user: components['schemas']['SignedInUserDto'];
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
      /**
       * Format: uuid
       * @description Đơn vị kế thừa / the unit that took over
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
      /** @description Tổng số, không kể phân trang / the count before paging */
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
    UpdateUnitDto: {
      /**
       * @description Mã đơn vị (duy nhất) / unique code
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
    UrgeTaskDto: {
      /**
       * @description Ý kiến chỉ đạo gửi kèm / the leader’s note sent with the urge
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
      /** @description Đăng nhập được; false: đã vô hiệu hóa / may sign in; false: deactivated */
      active: boolean;
      email: string | null;
      /** @example Trần Thị Hoa */
      fullName: string;
      /** Format: uuid */
      id: string;
      /** @description Thủ trưởng đơn vị / head of the unit */
      isHead: boolean;
      /** @enum {string} */
      role: 'admin' | 'leader' | 'officer' | 'auditor';
      /** @description Được đọc nội dung mật / may read secret content */
      secretClearance: boolean;
      /** Format: uuid */
      unitId: string;
      /** @example Ủy ban MTTQ Việt Nam xã Ia Grai */
      unitName?: string;
      /** @example mttq.iagrai */
      username: string;
    };
    WebhookCreatedDto: {
      /** Format: uuid */
      id: string;
      /** @description null: mọi loại / every kind */
      kinds: string[] | null;
      /** @description Chỉ hiện một lần / shown this once */
      secret: string;
      /** @description Cách ký / how calls are signed */
      signature: string;
      /** Format: uuid */
      unitId: string;
      url: string;
    };
    WebhookDto: {
      /**
       * @description Mặc định: tất cả / default: all kinds
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
      )[];
      /**
       * Format: uri
       * @example https://hethong.mttq-gialai.vn/dondoc/webhook
       */
      url: string;
    };
    WebhookViewDto: {
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
      /** Format: uuid */
      id: string;
      /** @description null: mọi loại / every kind */
      kinds: string[] | null;
      url: string;
    };
    WithdrawRoundDto: {
      /** @example Kỳ báo cáo lồng ghép vào báo cáo sơ kết 6 tháng / merged into the half-year review */
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
       * @description Cuối ngày làm việc đó / the end of that working day
       */
      deadline: string;
      /**
       * Format: date
       * @example 2026-02-13
       */
      from: string;
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
      /** @description Luồng có hoạt động thất bại hơn 3 lần / running workflows with an activity failing more than 3 times */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StuckWorkflowsDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã kết thúc, có ghi nhật ký / ended, audited */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResolvedWorkflowDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Các điểm kiểm tra hằng ngày / the daily checkpoints (day, position, hash, rows); CSV with ?format=csv, its header row in the reader's language (Accept-Language) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckpointDto'][];
          'text/csv': string;
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Từ đầu chuỗi, hoặc từ điểm kiểm tra gần nhất (tin cậy nó) / from the start of the chain, or from the last checkpoint (trusting it) */
        from?: 'start' | 'checkpoint';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Kết quả kiểm tra chuỗi băm; `firstBreak` chỉ ra dòng đầu tiên không khớp hoặc chỗ bị mất / the chain check; `firstBreak` names the first row that does not match, or the gap */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainVerificationDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Mã truy cập (15 phút) và mã làm mới / an access token (15 min) and a refresh token */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponseDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản bị vô hiệu hóa / wrong credentials or deactivated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Tên đăng nhập này từ địa chỉ này sai nhiều lần (chờ tăng dần), hoặc địa chỉ thử quá nhiều tên; chờ Retry-After giây / this user name failed from this address (growing delays), or this address tried too many user names; wait Retry-After seconds */
      429: {
        headers: {
          /** @description Giây phải chờ / seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đăng xuất mọi nơi: mọi mã đã cấp hết hiệu lực / signed out everywhere: every token issued is revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Cặp mã mới; mã làm mới cũ hết hiệu lực / a new token pair; the refresh token presented is spent */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Mã làm mới hết hạn, đã thu hồi, hoặc đã dùng (dùng lại: cả phiên bị thu hồi) / refresh token expired, revoked or already used (reuse revokes the whole session) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Ngày nghỉ của năm (luật, nghỉ bù, điều chỉnh) / the year’s days off */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarYearDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Ngày đầu (gồm) / first day (included) */
        from: string;
        /** @description Gồm cả đơn vị cấp dưới / include units below */
        subtree?: boolean;
        /** @description Ngày cuối (gồm), tối đa 42 ngày / last day (included), 42 days at most */
        to: string;
        /** @description Đơn vị (mặc định: của bạn) / the unit (default: yours) */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Lịch hạn của đơn vị (và cấp dưới): mỗi ngày, ngày nghỉ, số hạn theo nhóm, các nhiệm vụ / a unit’s (and subtree’s) deadlines by day */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlinesDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã lưu / saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarOverrideViewDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã xóa điều chỉnh / the override is removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Ngày làm việc thứ N sau ngày from / N working days after from */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkingDaysDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        channel?: 'email' | 'webhook';
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đang gửi lại / re-driving */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chỉ lần gửi đã thất bại / only a dead delivery */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Trang sau con trỏ này (nextCursor của trang trước); không dùng cùng offset / the page after this cursor (the previous page’s nextCursor): an index range at any depth; not with offset */
        after?: string;
        /** @description Có nhiệm vụ thuộc nhóm trạng thái / with a task in this bucket */
        bucket?: 'open_within_deadline' | 'open_overdue' | 'completed_on_time' | 'completed_late' | 'cancelled';
        /** @description Cơ quan ban hành / issuing unit */
        issuingUnitId?: string;
        limit?: number;
        offset?: number;
        /** @description Chỉ văn bản có nhiệm vụ quá hạn / only with an overdue task */
        overdue?: boolean;
        /** @description Số ký hiệu hoặc trích yếu, có hoặc không dấu / number or title, with or without diacritics */
        q?: string;
        status?: 'active' | 'completed' | 'cancelled';
        /** @description unitId gồm cả cấp dưới / include the units below unitId */
        subtree?: boolean;
        /** @description Có nhiệm vụ do đơn vị này chủ trì / with a task led by this unit */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Khóa chống tạo trùng, 1–200 ký tự ASCII; nhớ trong 24 giờ / repeated requests with the same key create one directive. Within 24 h (IDEMPOTENCY_KEY_TTL_SECONDS, default 24 h) a repeat with the same body replays (200, Idempotent-Replayed: true) and another body is refused (422); after that the key is forgotten and a request with it is new. */
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
      /** @description Yêu cầu lặp lại cùng Idempotency-Key và cùng nội dung / a replay (same key, same body): the same directive */
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
      /** @description Đã ban hành và ghi nhận / issued and recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectiveDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Ngoài phạm vi / outside your subtree */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trùng số ký hiệu trong năm / the document number exists this year */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Idempotency-Key đã dùng với nội dung khác, hoặc văn bản không ghi nhận được / the key was used with another body, or the directive could not be recorded */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Văn bản sau khi sửa / the directive after the amendment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectiveDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Văn bản đã kết thúc, nhiệm vụ đã đóng / closed directive or task */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Văn bản đã hủy / the cancelled directive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectiveDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Đã hủy / already cancelled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Hành động / action code, or `notice.<kind>` */
        action?: string;
        /** @description Người thực hiện (tên đăng nhập) hoặc `system` */
        actor?: string;
        /** @description Xuất tệp (hoặc theo Accept); html: bản để in / export format; html: the print view */
        format?: 'xlsx' | 'csv' | 'pdf' | 'html';
        /** @description Từ thời điểm / from (inclusive) */
        from?: string;
        limit?: number;
        offset?: number;
        /** @description Đến thời điểm / to (exclusive) */
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
      /** @description Lịch sử theo thời gian: ai làm gì, khi nào (trường thay đổi trước → sau) và các thông báo hệ thống đã gửi (nhắc hạn, đôn đốc, quá hạn, vượt cấp) với tình trạng gửi / who did what and when (fields before → after) and the notices the system sent, with their delivery status, in time order; the directive, its tasks and all sub-tasks; XLSX/CSV/PDF by ?format= or Accept, a print view by ?format=html; in the reader's language (Accept-Language) */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đơn vị giải trình, kèm nhóm lý do / the unit answers with a reason category */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExplanationAnsweredDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chỉ đơn vị được yêu cầu / only the unit asked */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Đã trả lời / already answered */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Danh mục nhóm lý do chậm / the reason categories, vi and en */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReasonDto'][];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã đổi mật khẩu; mọi mã cũ hết hiệu lực, đăng nhập lại / changed; every earlier token is revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã lưu / saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesViewDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Chỉ việc của nhóm này (vẫn đếm mọi nhóm) / items of this bucket only (every bucket is still counted) */
        bucket?: 'overdue' | 'due_today' | 'due_soon' | 'review' | 'explanation' | 'round';
        /** @description Số việc tối đa mỗi nhóm (số đếm luôn là tất cả) / items per bucket at most (counts are of all) */
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
      /** @description limit hoặc bucket không hợp lệ / a bad limit or bucket; details[] names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
          'application/json': components['schemas']['InboxDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Chu kỳ trong phạm vi và chu kỳ cấp trên yêu cầu đơn vị báo cáo / the cycles issued in your subtree, and those above that ask your unit for reports */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadableCycleDto'][];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Chu kỳ báo cáo định kỳ / a reporting cycle */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingCycleDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Chu kỳ sau khi sửa (version tăng) / the amended cycle */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingCycleDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Các kỳ đã mở / the rounds opened */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundSummaryDto'][];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kỳ đã thu hồi / the round has been withdrawn */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kỳ đã thu hồi / the round has already been withdrawn */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã thẩm định / reviewed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewedDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có báo cáo chờ thẩm định / nothing to review */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Số liệu tại thời điểm (dựng lại từ nhật ký) / the table as it stood at this instant, rebuilt from the audit log: a table printed then gives the same numbers now */
        asOf?: string;
        /** @description Nhiệm vụ giao trong kỳ (mặc định) hoặc đến hạn trong kỳ / assigned in the period (default) or falling due in it */
        basis?: 'assigned' | 'due';
        /** @description Xuất tệp (hoặc theo Accept) / export format */
        format?: 'xlsx' | 'csv' | 'pdf';
        /** @description Từ ngày (yyyy-MM-dd, tính cả ngày này) / first day */
        from?: string;
        grouping?: 'unit' | 'directive' | 'month' | 'quarter';
        /** @description Hạn hiện hành (sau gia hạn) hoặc hạn ban đầu */
        mode?: 'current' | 'original';
        /** @description Số ký hiệu in trên báo cáo / document number printed */
        number?: string;
        /** @description Địa danh in trên báo cáo / place printed */
        place?: string;
        /** @description Nhiệm vụ giao tiếp cho cấp dưới: tính riêng cho đơn vị nhận (mặc định) hoặc không tính */
        subtasks?: 'include' | 'exclude';
        /** @description Cả các đơn vị cấp dưới / the unit and its whole subtree */
        subtree?: boolean;
        /** @description Đến ngày (yyyy-MM-dd, tính cả ngày này) / last day */
        to?: string;
        /** @description Đơn vị (mặc định: đơn vị của người dùng) / unit, default the caller unit */
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
      /** @description Bảng tổng hợp kết quả thực hiện nhiệm vụ (TT, Tổng số, Hoàn thành trong hạn…, Tổng cộng). Quy tắc đếm (docs/statistics.md): mặc định tính nhiệm vụ được giao trong kỳ (basis=assigned), hoặc đến hạn trong kỳ (basis=due); nhiệm vụ đã hủy không tính (ghi chú); nhiệm vụ giao tiếp cho cấp dưới tính riêng cho đơn vị nhận (subtasks=include) hoặc không tính (exclude); hoàn thành sau khi được gia hạn là đúng hạn theo hạn hiện hành (mode=current) và quá hạn theo hạn ban đầu (mode=original); asOf dựng lại số liệu tại một thời điểm từ nhật ký. / Counting rules: tasks assigned in the period by default, or falling due in it; cancelled tasks left out; delegated sub-tasks counted for the unit they were given to, or left out; a task done after an approved extension is on time against the current deadline and late against the original; asOf rebuilds the table at an instant from the audit log. Xuất XLSX/CSV/PDF bằng ?format= hoặc Accept. */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Số liệu tại thời điểm (dựng lại từ nhật ký) / the table as it stood at this instant, rebuilt from the audit log: a table printed then gives the same numbers now */
        asOf?: string;
        /** @description Nhiệm vụ giao trong kỳ (mặc định) hoặc đến hạn trong kỳ / assigned in the period (default) or falling due in it */
        basis?: 'assigned' | 'due';
        /** @description Xuất tệp (hoặc theo Accept) / export format */
        format?: 'xlsx' | 'csv' | 'pdf';
        /** @description Từ ngày (yyyy-MM-dd, tính cả ngày này) / first day */
        from?: string;
        limit?: number;
        /** @description Hạn hiện hành (sau gia hạn) hoặc hạn ban đầu */
        mode?: 'current' | 'original';
        /** @description Số ký hiệu in trên báo cáo / document number printed */
        number?: string;
        /** @description Địa danh in trên báo cáo / place printed */
        place?: string;
        /** @description Nhiệm vụ giao tiếp cho cấp dưới: tính riêng cho đơn vị nhận (mặc định) hoặc không tính */
        subtasks?: 'include' | 'exclude';
        /** @description Cả các đơn vị cấp dưới / the unit and its whole subtree */
        subtree?: boolean;
        /** @description Đến ngày (yyyy-MM-dd, tính cả ngày này) / last day */
        to?: string;
        /** @description Đơn vị (mặc định: đơn vị của người dùng) / unit, default the caller unit */
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
      /** @description Danh sách nhiệm vụ quá hạn cho giao ban: theo đơn vị, số ngày làm việc quá hạn, cấp đôn đốc đã đến, thông báo gần nhất, giải trình của đơn vị. / The overdue pack for a briefing. */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Số liệu tại thời điểm (dựng lại từ nhật ký) / the table as it stood at this instant, rebuilt from the audit log: a table printed then gives the same numbers now */
        asOf?: string;
        /** @description Nhiệm vụ giao trong kỳ (mặc định) hoặc đến hạn trong kỳ / assigned in the period (default) or falling due in it */
        basis?: 'assigned' | 'due';
        /** @description Xuất tệp (hoặc theo Accept) / export format */
        format?: 'xlsx' | 'csv' | 'pdf';
        /** @description Từ ngày (yyyy-MM-dd, tính cả ngày này) / first day */
        from?: string;
        /** @description Hạn hiện hành (sau gia hạn) hoặc hạn ban đầu */
        mode?: 'current' | 'original';
        /** @description Số ký hiệu in trên báo cáo / document number printed */
        number?: string;
        order?: 'best' | 'worst';
        /** @description Địa danh in trên báo cáo / place printed */
        place?: string;
        sort?:
          | 'onTimeRate'
          | 'meanWorkingDaysLate'
          | 'medianHoursToAcknowledge'
          | 'escalations'
          | 'explanationRequests'
          | 'total';
        /** @description Nhiệm vụ giao tiếp cho cấp dưới: tính riêng cho đơn vị nhận (mặc định) hoặc không tính */
        subtasks?: 'include' | 'exclude';
        /** @description Cả các đơn vị cấp dưới / the unit and its whole subtree */
        subtree?: boolean;
        /** @description Đến ngày (yyyy-MM-dd, tính cả ngày này) / last day */
        to?: string;
        /** @description Đơn vị (mặc định: đơn vị của người dùng) / unit, default the caller unit */
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
      /** @description Xếp hạng đơn vị: tỷ lệ đúng hạn, số ngày làm việc chậm bình quân, thời gian tiếp nhận (trung vị), số lần bị đôn đốc vượt cấp, số yêu cầu giải trình, cùng kỳ năm trước; sắp xếp bằng sort/order. / Unit rankings with the same period last year; sortable. */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Trang sau con trỏ này (nextCursor của trang trước); không dùng cùng offset / the page after this cursor (the previous page’s nextCursor): an index range at any depth; not with offset */
        after?: string;
        bucket?: 'open_within_deadline' | 'open_overdue' | 'completed_on_time' | 'completed_late' | 'cancelled';
        directiveId?: string;
        /** @description Loại văn bản của chỉ đạo (mã, ví dụ KH) / the directive’s document type (its code, e.g. KH) */
        docType?:
          'NQ' | 'QĐ' | 'QĐi' | 'CT' | 'KL' | 'QC' | 'HD' | 'TB' | 'BC' | 'KH' | 'CTr' | 'ĐA' | 'TTr' | 'CV' | 'TT';
        limit?: number;
        offset?: number;
        /** @description Hạn sớm nhất trước (asc) hoặc muộn nhất trước (desc) / earliest first or latest first */
        order?: 'asc' | 'desc';
        /** @description Vai trò của đơn vị: chủ trì, phối hợp hoặc cả hai / the unit as lead, as coordinating unit, or either */
        role?: 'lead' | 'coordinating' | 'any';
        /** @description Sắp xếp theo / sort on */
        sort?: 'deadline';
        /** @description Gồm cả đơn vị cấp dưới / include units below */
        subtree?: boolean;
        /** @description Đơn vị (mặc định: của bạn) / the unit (default: yours) */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã xác nhận nhận nhiệm vụ / acknowledged */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcknowledgedDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chỉ người dùng của đơn vị chủ trì / only users of the lead unit */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Đã xác nhận hoặc đã kết thúc / already acknowledged or closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã đổi hạn (ghi nhật ký kèm lý do; nhắc hạn và đôn đốc tính lại) / the deadline changed (audited with the reason; reminders re-planned) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineChangedDto'];
        };
      };
      /** @description deadline: có múi giờ, chưa qua; reason bắt buộc / with an offset, not past; a reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chỉ lãnh đạo hoặc quản trị của bên giao nhiệm vụ / leaders and admins of the assigning side only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nhiệm vụ đã kết thúc / the task is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Khóa chống tạo trùng, 1–200 ký tự ASCII; nhớ trong 24 giờ / repeated requests with the same key delegate once. Within 24 h (IDEMPOTENCY_KEY_TTL_SECONDS, default 24 h) a repeat with the same body replays (200, Idempotent-Replayed: true) and another body is refused (422); after that the key is forgotten and a request with it is new. */
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
      /** @description Yêu cầu lặp lại cùng Idempotency-Key và cùng nội dung / a replay (same key, same body): the same sub-tasks */
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
      /** @description Đã giao cho cấp dưới / delegated */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationDto'];
        };
      };
      /** @description Đơn vị không phải cấp dưới, hạn sau hạn của nhiệm vụ… / a unit not below, a deadline after the parent…; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chỉ người dùng của đơn vị chủ trì / only users of the lead unit */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nhiệm vụ đã kết thúc hoặc báo cáo đã nộp / the task is closed or reported */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Idempotency-Key đã dùng với nội dung khác / the key was used with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Các yêu cầu giải trình của nhiệm vụ và trả lời / the task explanation requests */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExplanationDto'][];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Yêu cầu đơn vị chủ trì giải trình trong N ngày làm việc; nhắc và đôn đốc như mọi nghĩa vụ / asks the lead unit of a late task to explain within N working days; reminded and escalated like any obligation */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExplanationRequestedDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chỉ bên giao nhiệm vụ / only the assigning side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nhiệm vụ không chậm hạn / the task is not late */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã xin gia hạn / extension requested */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExtensionRequestedDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã quyết định; hạn hiện hành / decided; the deadlines now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExtensionDecidedDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Hành động / action code, or `notice.<kind>` */
        action?: string;
        /** @description Người thực hiện (tên đăng nhập) hoặc `system` */
        actor?: string;
        /** @description Xuất tệp (hoặc theo Accept); html: bản để in / export format; html: the print view */
        format?: 'xlsx' | 'csv' | 'pdf' | 'html';
        /** @description Từ thời điểm / from (inclusive) */
        from?: string;
        limit?: number;
        offset?: number;
        /** @description Đến thời điểm / to (exclusive) */
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
      /** @description Lịch sử theo thời gian: ai làm gì, khi nào (trường thay đổi trước → sau) và các thông báo hệ thống đã gửi (nhắc hạn, đôn đốc, quá hạn, vượt cấp) với tình trạng gửi / who did what and when (fields before → after) and the notices the system sent, with their delivery status, in time order; XLSX/CSV/PDF by ?format= or Accept, a print view by ?format=html; in the reader's language (Accept-Language) */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã nộp báo cáo / report submitted */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportReceiptDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chỉ người dùng của đơn vị chủ trì / only users of the lead unit */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã đôn đốc: thông báo tới đơn vị chủ trì, ghi nhật ký / urged: a notice to the lead unit, audited */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskUrgedDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chỉ bên giao nhiệm vụ (đơn vị giao hoặc cấp trên) / only the assigning side (the assigning unit or above) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nhiệm vụ đã kết thúc / the task is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nhiệm vụ vừa được đôn đốc (URGE_MIN_INTERVAL_MINUTES); Retry-After giây, details nêu thời điểm / urged too recently; Retry-After seconds, details name the instant */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Khóa chống tạo trùng, 1–200 ký tự ASCII; nhớ trong 24 giờ / a repeat with the same key asks nothing twice. Within 24 h (IDEMPOTENCY_KEY_TTL_SECONDS, default 24 h) a repeat with the same body replays (200, Idempotent-Replayed: true) and another body is refused (422); after that the key is forgotten and a request with it is new. */
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
      /** @description Mỗi id một dòng: đã làm hoặc từ chối kèm lý do; lặp lại cùng Idempotency-Key trả lại câu trả lời đầu / one line per id, done or refused with a reason; a repeat with the same key replays the first answer */
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
      /** @description taskIds: 1–500 uuid khác nhau; note bắt buộc / 1–500 distinct uuids; a note */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chỉ bên giao nhiệm vụ (đơn vị giao hoặc cấp trên) / only the assigning side (the assigning unit or above) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Idempotency-Key đã dùng với nội dung khác / key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Khóa chống tạo trùng, 1–200 ký tự ASCII; nhớ trong 24 giờ / a repeat with the same key urges nothing twice. Within 24 h (IDEMPOTENCY_KEY_TTL_SECONDS, default 24 h) a repeat with the same body replays (200, Idempotent-Replayed: true) and another body is refused (422); after that the key is forgotten and a request with it is new. */
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
      /** @description Mỗi id một dòng: đã làm hoặc từ chối kèm lý do; lặp lại cùng Idempotency-Key trả lại câu trả lời đầu / one line per id, done or refused with a reason; a repeat with the same key replays the first answer */
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
      /** @description taskIds: 1–500 uuid khác nhau; note bắt buộc / 1–500 distinct uuids; a note */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chỉ bên giao nhiệm vụ (đơn vị giao hoặc cấp trên) / only the assigning side (the assigning unit or above) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Idempotency-Key đã dùng với nội dung khác / key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Tìm theo tên hoặc mã, có hoặc không dấu / name or code, with or without diacritics */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Mã đơn vị đã tồn tại / code taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã ngừng hoạt động / deactivated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeactivatedUnitDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Hành động / action code, or `notice.<kind>` */
        action?: string;
        /** @description Người thực hiện (tên đăng nhập) hoặc `system` */
        actor?: string;
        /** @description Từ thời điểm / from (inclusive) */
        from?: string;
        limit?: number;
        offset?: number;
        /** @description Đến thời điểm / to (exclusive) */
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
      /** @description Lịch sử theo thời gian: ai làm gì, khi nào (trường thay đổi trước → sau) và các thông báo hệ thống đã gửi (nhắc hạn, đôn đốc, quá hạn, vượt cấp) với tình trạng gửi / who did what and when (fields before → after) and the notices the system sent, with their delivery status, in time order; the unit and the tasks it leads */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPageDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Tạo vòng lặp (409 nêu tên các đơn vị) / would make a cycle; names the units */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đơn vị và toàn bộ cấp dưới / the unit and everything below it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitPage'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Khóa bí mật chỉ hiện một lần / the secret is shown this once */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookCreatedDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chỉ quản trị hoặc lãnh đạo đơn vị / admins and unit leaders only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã tắt / deactivated */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
    /** @description JSON {"units":[…]} hoặc CSV có dòng tiêu đề code,name,kind,parentCode / JSON or CSV with a header row */
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
      /** @description Số đơn vị đã tạo / units created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitsImportedDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Người dùng trong phạm vi / users of units in your subtree */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'][];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã tạo / created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Cấp hoặc thu hồi quyền đọc nội dung mật (kiểm tra viên, quản trị), có ghi nhật ký / grants or withdraws clearance for secret content (auditors, admins), audited */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chỉ kiểm tra viên và quản trị được cấp / only auditors and admins are cleared */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã vô hiệu hóa: mọi phiên kết thúc ngay, không đăng nhập được nữa / deactivated: every session ends now, sign-in refused */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Đã vô hiệu hóa, hoặc tự vô hiệu hóa mình / already deactivated, or your own account */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
        /** @description Hành động / action code, or `notice.<kind>` */
        action?: string;
        /** @description Người thực hiện (tên đăng nhập) hoặc `system` */
        actor?: string;
        /** @description Từ thời điểm / from (inclusive) */
        from?: string;
        limit?: number;
        offset?: number;
        /** @description Đến thời điểm / to (exclusive) */
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
      /** @description Những việc một người đã làm / what a person did */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPageDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Đã kích hoạt lại; đăng nhập lại được / reactivated; the user may sign in again */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Tài khoản đang hoạt động / already active */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Nội dung quá lớn / request body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Kiểu nội dung không hỗ trợ / unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description PostgreSQL và Temporal đều hoạt động / both dependencies up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReportDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Một thành phần không hoạt động / a dependency is down */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Tiến trình đang chạy / the process answers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LiveDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Tạm thời không phục vụ được, thử lại sau Retry-After giây / unavailable, retry after Retry-After seconds */
      503: {
        headers: {
          /** @description Giây / seconds */
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
      /** @description Sẵn sàng nhận yêu cầu / ready for traffic */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReportDto'];
        };
      };
      /** @description Dữ liệu không hợp lệ / invalid input; details[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Chưa đăng nhập hoặc hết hạn / not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không có quyền / not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không tìm thấy hoặc ngoài phạm vi / not found or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Phương thức không hỗ trợ / method not allowed (see the Allow header) */
      405: {
        headers: {
          /** @description Các phương thức được phép / allowed methods */
          Allow?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Trạng thái không cho phép / the current state does not allow it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Không xử lý được, ví dụ Idempotency-Key dùng với nội dung khác / unprocessable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Quá nhiều yêu cầu / too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description URL và tiêu đề quá lớn (trên 16 KB) / request line and headers over 16 KB; no body */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Một thành phần không hoạt động / a dependency is down */
      503: {
        headers: {
          /** @description Giây / seconds */
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
