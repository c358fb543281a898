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
    summary: 'My work',
    description:
      'What the signed-in person must do, most urgent first: overdue, due today, due within 3 working days, ' +
      'waiting for my review, explanations asked of me, reporting rounds not answered',
  })
  @ApiOkResponse({ type: MyWorkDto })
  @ApiBadRequestResponse({ description: 'A bad limit or bucket; details[] names it' })
  get(@CurrentScope() scope: Scope, @Query() query: MyWorkQuery): Promise<MyWorkDto> {
    return this.work.get(scope, query);
  }
}
