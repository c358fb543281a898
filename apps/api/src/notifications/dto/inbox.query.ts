import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PagingQuery, toBoolean } from '../../common/dto/paging.dto';

export class InboxQuery extends PagingQuery {
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;
}

export const INBOX_EXAMPLE = {
  items: [
    {
      id: '…',
      kind: 'escalation',
      level: 2,
      title: 'Báo cáo vượt cấp: đơn vị chậm thực hiện: Báo cáo quý / Escalation: a unit is late',
      body: '461-QĐ/TU — …\nHạn / deadline: 15/12/2026 17:00\nĐơn vị chậm / late unit: Hội Nông dân tỉnh',
      taskId: '…',
      directiveId: '…',
      createdAt: '2026-12-16T08:00:00+07:00',
      readAt: null,
    },
  ],
  total: 1,
  unread: 1,
};
