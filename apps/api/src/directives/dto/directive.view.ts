import { ApiProperty } from '@nestjs/swagger';
import { DIRECTIVE_STATUSES, STATUS_BUCKETS, TASK_STATUSES, type StatusBucket } from '@dondoc/domain';

export class TaskView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Xây dựng báo cáo sơ kết công tác dân vận 6 tháng đầu năm' }) title!: string;
  @ApiProperty({ enum: TASK_STATUSES, example: 'assigned' }) status!: string;
  @ApiProperty({ enum: STATUS_BUCKETS, example: 'open_within_deadline' }) bucket!: StatusBucket;
  @ApiProperty({ example: '2026-12-15T17:00:00+07:00' }) deadline!: string;
  @ApiProperty({ example: '2026-12-15T17:00:00+07:00' }) originalDeadline!: string;
  @ApiProperty({ nullable: true, type: String, example: null }) completedAt!: string | null;
}

export class DirectiveView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Kế hoạch công tác dân vận 6 tháng cuối năm 2026' }) title!: string;
  @ApiProperty({ enum: DIRECTIVE_STATUSES, example: 'active' }) status!: string;
  @ApiProperty({ example: '2026-11-23T09:00:00+07:00' }) acceptedAt!: string;
  @ApiProperty({ example: 'api' }) createdBy!: string;
  @ApiProperty({ nullable: true, type: String, example: null }) cancelReason!: string | null;
  @ApiProperty({ type: [TaskView] }) tasks!: TaskView[];
}

export class DirectiveAccepted {
  @ApiProperty({ format: 'uuid', example: '3f1c2d9e-7b4a-8c21-9d0e-5a6b7c8d9e0f' }) id!: string;
  @ApiProperty({ example: 'directive:3f1c2d9e-7b4a-8c21-9d0e-5a6b7c8d9e0f' }) workflowId!: string;
  @ApiProperty({ example: 'accepted' }) status!: 'accepted';
  @ApiProperty({ example: '/api/v1/directives/3f1c2d9e-7b4a-8c21-9d0e-5a6b7c8d9e0f' }) location!: string;
}
