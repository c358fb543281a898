import type { Message } from '../errors';
import { applyTaskEvent } from './reducer';
import {
  EXPLANATION_HAND_OVER_REFUSALS,
  explanationHandOverRefusal,
  HAND_OVER_REFUSALS as R,
  handOverExplanationUnits,
  handOverRefusal,
  type ExplanationHandOverRole,
  type ExplanationUnits,
  handOverUnits,
  type HandOverRole,
  type TaskUnits,
} from './hand-over';
import { initialTaskState } from './task-state';

const units = (lead: string, coordinating: string[], issuing: string): TaskUnits => ({
  leadUnitId: lead,
  coordinatingUnitIds: coordinating,
  issuingUnitId: issuing,
});

describe('hand-over of a task to a deactivated unit’s successor (pure)', () => {
  it.each<[string, TaskUnits, TaskUnits, HandOverRole[]]>([
    ['the lead unit', units('old', ['h'], 'i'), units('new', ['h'], 'i'), ['lead']],
    [
      'a coordinating unit, in its place',
      units('l', ['a', 'old', 'b'], 'i'),
      units('l', ['a', 'new', 'b'], 'i'),
      ['coordinating'],
    ],
    ['the assigning unit of a delegated sub-task', units('c', [], 'old'), units('c', [], 'new'), ['assigning']],
    ['lead and assigning at once', units('old', [], 'old'), units('new', [], 'new'), ['lead', 'assigning']],
    [
      'the lead, to a successor that coordinated: it leads only',
      units('old', ['new', 'h'], 'i'),
      units('new', ['h'], 'i'),
      ['lead'],
    ],
    [
      'a coordinator, to a successor that leads: it leads only',
      units('new', ['old'], 'i'),
      units('new', [], 'i'),
      ['coordinating'],
    ],
    [
      'a coordinator, to a successor that coordinates too: once',
      units('l', ['old', 'new'], 'i'),
      units('l', ['new'], 'i'),
      ['coordinating'],
    ],
    ['nothing, when the unit holds no role (asked again)', units('new', ['h'], 'i'), units('new', ['h'], 'i'), []],
  ])('moves %s', (_what, before, after, roles) => {
    expect(handOverUnits(before, 'old', 'new')).toEqual({ units: after, roles });
  });

  it('does not touch the units it was given', () => {
    const before = units('old', ['old'], 'i');
    handOverUnits(before, 'old', 'new');
    expect(before).toEqual(units('old', ['old'], 'i'));
  });

  it.each<[string, Parameters<typeof handOverRefusal>[1], 'open' | 'closed', Message | null]>([
    ['an open task', { fromUnitId: 'old', toUnitId: 'new', eventId: 'e' }, 'open', null],
    ['a closed task', { fromUnitId: 'old', toUnitId: 'new', eventId: 'e' }, 'closed', R.closed],
    ['no event id', { fromUnitId: 'old', toUnitId: 'new', eventId: '' }, 'open', R.eventId],
    ['the same unit', { fromUnitId: 'old', toUnitId: 'old', eventId: 'e' }, 'open', R.units],
    ['no successor', { fromUnitId: 'old', toUnitId: undefined, eventId: 'e' }, 'open', R.units],
  ])('refuses or takes %s', (_what, request, state, refusal) => {
    const s = { phase: state === 'open' ? ('in_progress' as const) : ('completed' as const) };
    expect(handOverRefusal(s, request)).toBe(refusal);
  });

  it('forgets the escalation chains, so the next step climbs from the successor', () => {
    const s = {
      ...initialTaskState('2026-06-20T10:00:00.000Z', '2026-06-11T10:00:00.000Z'),
      chains: { report: ['old', 'p'] },
    };
    const next = applyTaskEvent(s, {
      type: 'handed_over',
      fromUnitId: 'old',
      toUnitId: 'new',
      reason: 'sáp nhập',
      roles: ['lead'],
      ...units('new', [], 'i'),
    });
    expect(next.chains).toEqual({});
    expect({ ...next, chains: s.chains }).toEqual(s);
  });
});

describe('hand-over of an open explanation request to a deactivated unit’s successor (pure)', () => {
  const asked = (unitId: string, requestingUnitId: string): ExplanationUnits => ({ unitId, requestingUnitId });

  it.each<[string, ExplanationUnits, ExplanationUnits, ExplanationHandOverRole[]]>([
    ['the unit asked', asked('old', 'r'), asked('new', 'r'), ['asked']],
    ['the requesting unit', asked('a', 'old'), asked('a', 'new'), ['requesting']],
    ['both at once', asked('old', 'old'), asked('new', 'new'), ['asked', 'requesting']],
    ['nothing, when the unit holds no role (asked again)', asked('new', 'r'), asked('new', 'r'), []],
  ])('moves %s', (_what, before, after, roles) => {
    expect(handOverExplanationUnits(before, 'old', 'new')).toEqual({ units: after, roles });
  });

  it('moves nothing to the unit itself', () => {
    expect(handOverExplanationUnits(asked('old', 'r'), 'old', 'old')).toEqual({ units: asked('old', 'r'), roles: [] });
  });

  it.each<[string, Parameters<typeof explanationHandOverRefusal>[1], 'open' | 'answered', Message | null]>([
    ['an open request', { fromUnitId: 'old', toUnitId: 'new', eventId: 'e' }, 'open', null],
    [
      'an answered request',
      { fromUnitId: 'old', toUnitId: 'new', eventId: 'e' },
      'answered',
      EXPLANATION_HAND_OVER_REFUSALS.answered,
    ],
    ['no event id', { fromUnitId: 'old', toUnitId: 'new', eventId: '' }, 'open', R.eventId],
    ['the same unit', { fromUnitId: 'old', toUnitId: 'old', eventId: 'e' }, 'open', R.units],
  ])('refuses or takes %s', (_what, request, status, refusal) => {
    expect(explanationHandOverRefusal(status, request)).toBe(refusal);
  });
});
