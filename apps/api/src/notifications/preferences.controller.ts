import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { PREFERENCES_EXAMPLE, PreferencesDto } from './dto/preferences.dto';
import { PreferencesService } from './preferences.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/preferences')
export class PreferencesController {
  constructor(@Inject(PreferencesService) private readonly preferences: PreferencesService) {}

  @Get()
  @ApiOkResponse({ schema: { example: PREFERENCES_EXAMPLE } })
  get(@CurrentScope() scope: Scope) {
    return this.preferences.get(scope.userId);
  }

  @Put()
  @ApiOkResponse({ description: 'Đã lưu / saved', schema: { example: PREFERENCES_EXAMPLE } })
  set(@CurrentScope() scope: Scope, @Body() dto: PreferencesDto) {
    return this.preferences.set(scope.userId, dto);
  }
}
