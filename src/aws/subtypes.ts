import { lookupTable } from '../document/own.js';

/**
 * HTTP API AWS service integrations: each integration subtype with its required and optional
 * request parameters, and the REST API action it stands for
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html).
 */
export const SUBTYPES = lookupTable<{ required: string[]; optional: string[] }>({
  'EventBridge-PutEvents': { required: ['Detail', 'DetailType', 'Source'], optional: ['Time', 'EventBusName', 'Region', 'Resources', 'TraceHeader'] },
  'SQS-SendMessage': { required: ['QueueUrl', 'MessageBody'], optional: ['DelaySeconds', 'MessageAttributes', 'MessageDeduplicationId', 'MessageGroupId', 'MessageSystemAttributes', 'Region'] },
  'SQS-ReceiveMessage': { required: ['QueueUrl'], optional: ['AttributeNames', 'MaxNumberOfMessages', 'MessageAttributeNames', 'ReceiveRequestAttemptId', 'VisibilityTimeout', 'WaitTimeSeconds', 'Region'] },
  'SQS-DeleteMessage': { required: ['QueueUrl', 'ReceiptHandle'], optional: ['Region'] },
  'SQS-PurgeQueue': { required: ['QueueUrl'], optional: ['Region'] },
  'AppConfig-GetConfiguration': { required: ['Application', 'Environment', 'Configuration', 'ClientId'], optional: ['Region', 'ClientConfigurationVersion'] },
  'Kinesis-PutRecord': { required: ['StreamName', 'Data', 'PartitionKey'], optional: ['SequenceNumberForOrdering', 'ExplicitHashKey', 'Region'] },
  'StepFunctions-StartExecution': { required: ['StateMachineArn'], optional: ['Name', 'Input', 'Region'] },
  'StepFunctions-StartSyncExecution': { required: ['StateMachineArn'], optional: ['Name', 'Input', 'Region', 'TraceHeader'] },
  'StepFunctions-StopExecution': { required: ['ExecutionArn'], optional: ['Cause', 'Error', 'Region'] },
});

/** The subtype that performs a `service:Action` of a REST AWS service integration. */
export const SUBTYPE_BY_ACTION = lookupTable<string>({
  'events:PutEvents': 'EventBridge-PutEvents',
  'sqs:SendMessage': 'SQS-SendMessage',
  'sqs:ReceiveMessage': 'SQS-ReceiveMessage',
  'sqs:DeleteMessage': 'SQS-DeleteMessage',
  'sqs:PurgeQueue': 'SQS-PurgeQueue',
  'appconfig:GetConfiguration': 'AppConfig-GetConfiguration',
  'kinesis:PutRecord': 'Kinesis-PutRecord',
  'states:StartExecution': 'StepFunctions-StartExecution',
  'states:StartSyncExecution': 'StepFunctions-StartSyncExecution',
  'states:StopExecution': 'StepFunctions-StopExecution',
});
