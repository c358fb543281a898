import { workerLanes, workerTuning } from './worker-settings';

describe('the worker settings from the environment', () => {
  it('polls both lanes unless told, one when told, and refuses a lane it does not know', () => {
    expect(workerLanes({})).toEqual(['main', 'interactive']);
    expect(workerLanes({ TEMPORAL_WORKER_LANES: ' interactive ' })).toEqual(['interactive']);
    expect(workerLanes({ TEMPORAL_WORKER_LANES: 'main,main' })).toEqual(['main']);
    expect(() => workerLanes({ TEMPORAL_WORKER_LANES: 'main,fast' })).toThrow('"fast" is not a lane');
  });

  it('leaves the SDK its defaults unless told, and refuses what is not a positive integer', () => {
    expect(workerTuning({})).toEqual({});
    expect(workerTuning({ TEMPORAL_MAX_CACHED_WORKFLOWS: '100', TEMPORAL_WORKFLOW_POLLERS: '20' })).toEqual({
      maxCachedWorkflows: 100,
      workflowTaskPollerBehavior: { type: 'simple-maximum', maximum: 20 },
    });
    expect(() => workerTuning({ TEMPORAL_MAX_CACHED_WORKFLOWS: '0' })).toThrow('positive integer');
  });
});
