import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Inject, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ValidationError } from '@dondoc/domain';
import { UuidParam } from '../common/uuid.pipe';
import { DirectivesService } from './directives.service';
import { CreateDirectiveDto } from './dto/create-directive.dto';
import { DirectiveAccepted, DirectiveView } from './dto/directive.view';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

@ApiTags('directives')
@Controller('directives')
export class DirectivesController {
  constructor(@Inject(DirectivesService) private readonly directives: DirectivesService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Khóa chống tạo trùng / repeated requests with the same key create one directive',
    example: 'kh-dan-van-2026-h2',
  })
  @ApiAcceptedResponse({ type: DirectiveAccepted, description: 'Đã nhận, đang khởi tạo / accepted, being set up' })
  @ApiBadRequestResponse({ description: 'Dữ liệu không hợp lệ / invalid input, details[] names each field' })
  async create(
    @Body() dto: CreateDirectiveDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DirectiveAccepted> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new ValidationError([
        {
          field: 'Idempotency-Key',
          message: 'Idempotency-Key: 1–200 ký tự ASCII in được / 1 to 200 printable ASCII characters',
        },
      ]);
    }
    const accepted = await this.directives.create(dto, 'api', idempotencyKey);
    response.location(accepted.location);
    return accepted;
  }

  @Get(':id')
  @ApiOkResponse({ type: DirectiveView })
  @ApiNotFoundResponse({ description: 'Không tìm thấy / not found (or not yet recorded)' })
  get(@UuidParam('id') id: string): Promise<DirectiveView> {
    return this.directives.get(id);
  }
}
