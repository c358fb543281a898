import { ApplicationFailure } from '@temporalio/workflow';
import { plainText, type Message } from '../libs/domain/src/errors';
import { REFUSED_FAILURE } from '../libs/workflow-contract/src';

/**
 * An update refused: the reason travels as a catalogue key with its values in the
 * failure's details (the API renders it in the reader's language), its message is the
 * key for logs. Thrown by validators, it never enters the history.
 */
export function refusal(reason: Message, type = REFUSED_FAILURE): ApplicationFailure {
  return ApplicationFailure.create({ message: plainText(reason), type, details: [reason], nonRetryable: true });
}

/** Validators throw: Temporal refuses the update with the reason, and nothing enters the history. */
export function refuse(reason: Message | null): void {
  if (reason) throw refusal(reason);
}
