import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { MyWorkQuery } from './dto/my-work.query';
import { MyWorkDto } from './dto/my-work.response';
import { MyWorkService } from './my-work.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/work')
export class MyWorkController {
  constructor(@Inject(MyWorkService) private readonly work: MyWorkService) {}

  @Get()
  @ApiOperation({
    summary: 'Việc của tôi / my work',
    description:
      'Việc người đăng nhập phải làm, theo mức khẩn: quá hạn, hạn hôm nay, hạn trong 3 ngày làm việc, chờ tôi thẩm định, ' +
      'giải trình được yêu cầu, kỳ báo cáo chưa nộp / what the signed-in person must do, most urgent first',
  })
  @ApiOkResponse({ type: MyWorkDto })
  @ApiBadRequestResponse({ description: 'limit hoặc bucket không hợp lệ / a bad limit or bucket; details[] names it' })
  get(@CurrentScope() scope: Scope, @Query() query: MyWorkQuery): Promise<MyWorkDto> {
    return this.work.get(scope, query);
  }
}
