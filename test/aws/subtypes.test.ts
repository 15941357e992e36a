import { describe, expect, it } from 'vitest';
import { SUBTYPE_BY_ACTION, SUBTYPES } from '../../src/aws/subtypes.js';

// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html
describe('HTTP API integration subtypes', () => {
  it.each([
    ['EventBridge-PutEvents', ['Detail', 'DetailType', 'Source']],
    ['SQS-SendMessage', ['QueueUrl', 'MessageBody']],
    ['SQS-ReceiveMessage', ['QueueUrl']],
    ['SQS-DeleteMessage', ['QueueUrl', 'ReceiptHandle']],
    ['SQS-PurgeQueue', ['QueueUrl']],
    ['AppConfig-GetConfiguration', ['Application', 'Environment', 'Configuration', 'ClientId']],
    ['Kinesis-PutRecord', ['StreamName', 'Data', 'PartitionKey']],
    ['StepFunctions-StartExecution', ['StateMachineArn']],
    ['StepFunctions-StartSyncExecution', ['StateMachineArn']],
    ['StepFunctions-StopExecution', ['ExecutionArn']],
  ])('%s requires %j and takes Region', (subtype, required) => {
    expect(SUBTYPES[subtype]!.required).toEqual(required);
    expect(SUBTYPES[subtype]!.optional).toContain('Region');
  });

  it('knows no other subtype, and none through Object.prototype', () => {
    expect(Object.keys(SUBTYPES)).toHaveLength(10);
    expect('toString' in SUBTYPES).toBe(false);
  });

  it('maps every REST service action to its subtype, and each subtype is one of the table', () => {
    expect(SUBTYPE_BY_ACTION['sqs:SendMessage']).toBe('SQS-SendMessage');
    expect(SUBTYPE_BY_ACTION['states:StartSyncExecution']).toBe('StepFunctions-StartSyncExecution');
    expect(SUBTYPE_BY_ACTION['sqs:GetQueueUrl']).toBeUndefined();
    expect(Object.values(SUBTYPE_BY_ACTION).sort()).toEqual(Object.keys(SUBTYPES).sort());
  });
});
