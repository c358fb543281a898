import { Inject, Injectable } from '@nestjs/common';
import { ValidationError, type FieldProblem, msg } from '@dondoc/domain';
import { NOTICE_KINDS } from '@dondoc/workflow-contract';
import { DeliveriesRepository, type NotificationPreferenceEntity } from '@dondoc/persistence';
import type { PreferencesDto } from './dto/preferences.dto';
import type { PreferencesViewDto } from './dto/notification.response';

const CHANNELS = ['in_app', 'email', 'sms', 'zalo', 'telegram'] as const;
/** Channels a notice can fall back on, in the person's order (0083); the inbox always has it. */
const FALLBACK_CHANNELS = ['email', 'sms', 'zalo', 'telegram'] as const;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** One's own notification preferences: address, language, channels per kind, quiet hours, digest. */
@Injectable()
export class PreferencesService {
  constructor(@Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository) {}

  async get(userId: string): Promise<PreferencesViewDto> {
    const [preferences, email] = await Promise.all([
      this.deliveries.preferences(userId),
      this.deliveries.email(userId),
    ]);
    return preferencesView(preferences, email);
  }

  async set(userId: string, dto: PreferencesDto): Promise<PreferencesViewDto> {
    const problems: FieldProblem[] = [];
    for (const [kind, channels] of Object.entries(dto.channels ?? {})) {
      // `digest`: where the daily digest goes besides e-mail (Zalo, Telegram, SMS; decision 81).
      if (kind === 'digest') {
        if (!Array.isArray(channels) || channels.some((c) => !['sms', 'zalo', 'telegram'].includes(c)))
          problems.push({ field: 'channels.digest', message: msg('notifications.unknownChannel') });
      } else if (!(NOTICE_KINDS as readonly string[]).includes(kind))
        problems.push({
          field: `channels.${kind}`,
          message: msg('notifications.unknownNoticeKind'),
        });
      else if (!Array.isArray(channels) || channels.some((c) => !(CHANNELS as readonly string[]).includes(c)))
        problems.push({
          field: `channels.${kind}`,
          message: msg('notifications.unknownChannel'),
        });
    }
    for (const [i, kind] of (dto.urgentKinds ?? []).entries())
      if (!(NOTICE_KINDS as readonly string[]).includes(kind))
        problems.push({ field: `urgentKinds[${i}]`, message: msg('notifications.unknownUrgentKind') });
    const order = dto.channelOrder ?? [];
    if (order.some((c) => !(FALLBACK_CHANNELS as readonly string[]).includes(c)) || new Set(order).size < order.length)
      problems.push({ field: 'channelOrder', message: msg('notifications.unknownChannel') });
    if (problems.length) throw new ValidationError(problems);
    const saved = await this.deliveries.setPreferences(userId, {
      email: dto.email === undefined ? undefined : (dto.email?.toLowerCase() ?? null),
      locale: dto.locale,
      channels: dto.channels as Record<string, (typeof CHANNELS)[number][]> | undefined,
      quietHours:
        dto.quietHours === undefined
          ? undefined
          : dto.quietHours && { startMinutes: minutes(dto.quietHours.start), endMinutes: minutes(dto.quietHours.end) },
      digest: dto.digest,
      urgentKinds: dto.urgentKinds && [...new Set(dto.urgentKinds)],
      channelOrder: dto.channelOrder as (typeof FALLBACK_CHANNELS)[number][] | undefined,
    });
    return preferencesView(saved, await this.deliveries.email(userId));
  }
}

function preferencesView(p: NotificationPreferenceEntity, email: string | null): PreferencesViewDto {
  return {
    email,
    locale: p.locale,
    channels: p.channels,
    quietHours:
      p.quietStart === null || p.quietEnd === null ? null : { start: hhmm(p.quietStart), end: hhmm(p.quietEnd) },
    digest: p.digest,
    urgentKinds: p.urgentKinds,
    channelOrder: p.channelOrder,
  };
}
