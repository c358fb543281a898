import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { PreferencesDto } from './dto/preferences.dto';
import { PreferencesService } from './preferences.service';
import { PreferencesViewDto } from './dto/notification.response';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/preferences')
export class PreferencesController {
  constructor(@Inject(PreferencesService) private readonly preferences: PreferencesService) {}

  @Get()
  @ApiOkResponse({ type: PreferencesViewDto })
  get(@CurrentScope() scope: Scope): Promise<PreferencesViewDto> {
    return this.preferences.get(scope.userId);
  }

  @Put()
  @ApiOkResponse({ description: 'Saved', type: PreferencesViewDto })
  set(@CurrentScope() scope: Scope, @Body() dto: PreferencesDto): Promise<PreferencesViewDto> {
    return this.preferences.set(scope.userId, dto);
  }
}
